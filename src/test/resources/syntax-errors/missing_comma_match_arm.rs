fn main() {
    match 1 { 1 => 2 _ => 3 };
}
