enum E { A B }
fn main() {}
