fn main() {
    foo(1 2);
}
fn foo(a: u8, b: u8) {}
