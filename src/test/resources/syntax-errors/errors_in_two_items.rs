struct S {
    a: u8
    b: u8,
}
fn main() {
    let s = S { a: 1 b: 2 };
    foo(1 2);
}
