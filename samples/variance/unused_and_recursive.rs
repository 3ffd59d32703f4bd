//! Parameters rustc rejects: never used, or only used recursively
//! A parameter that no field constrains has no variance to infer, so rustc refuses the type (E0392) and
//! suggests a marker field. A type that mentions a parameter only in its own recursive uses is refused too,
//! with its own message and no error code.

use std::marker::PhantomData;

// Never used: only in a bound, the parameter constrains nothing.
struct Tagged<T: Clone> {
    id: u64,
}

// Never used: a lifetime that no field borrows for.
struct Handle<'a> {
    raw: usize,
}

// Only used recursively: every use of T is in List<T> itself.
struct List<T> {
    next: Option<Box<List<T>>>,
}

// The same in an enum; the lifetime is simply never used.
enum Chain<'a, T> {
    End,
    Link(Box<Chain<'a, T>>),
}

// Mutually recursive types that never hold a T.
struct Even<T> {
    odd: Option<Box<Odd<T>>>,
}
struct Odd<T> {
    even: Option<Box<Even<T>>>,
}

// Fixed: a marker field gives T a use (here covariant, and owned for drop check).
struct FixedList<T> {
    next: Option<Box<FixedList<T>>>,
    _items: PhantomData<T>,
}

fn main() {
    let list: FixedList<u8> = FixedList { next: None, _items: PhantomData };
    println!("{}", list.next.is_none());
}
