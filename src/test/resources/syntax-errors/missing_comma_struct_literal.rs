fn main() {
    let s = S { a: 1 b: 2 };
}
struct S { a: u8, b: u8 }
