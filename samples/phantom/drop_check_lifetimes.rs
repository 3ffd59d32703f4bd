//! What a drop may use: Drop impls, trait objects and borrowed fields
//! A `Drop` impl uses every parameter, a trait object everything it names; a lifetime only behind `&` is never used at drop.

use std::fmt::Debug;
use std::marker::PhantomData;

// A value whose destructor reads what it borrows.
struct Noisy<'a>(&'a str);

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

// A Drop impl of its own: every parameter must outlive the value, even one it only names in `fn(T)`.
struct Guarded<T> {
    count: usize,
    _marker: PhantomData<fn(T)>,
}

impl<T> Drop for Guarded<T> {
    fn drop(&mut self) {
        println!("{} accepted", self.count);
    }
}

// A lifetime used at drop: a field whose own destructor reads the borrowed data.
struct Logs<'a> {
    entries: Vec<Noisy<'a>>,
}

// Lifetimes not used at drop: only behind references, next to a field with glue.
struct Cursor<'a, 'b> {
    text: &'a str,
    last: &'a Noisy<'b>,
    buffer: String,
}

// A trait object's destructor is unknown: everything its type mentions must be alive.
struct Callback<'a> {
    run: Box<dyn Fn() + 'a>,
}
struct Shown<'a> {
    item: Box<dyn Debug + 'a>,
    note: &'a str,
}

// `PhantomData` of a type with a Drop impl: the lifetime is used at drop, once there is glue.
struct Pretend<'a> {
    name: String,
    _noisy: PhantomData<Noisy<'a>>,
}

// An enum is the union of its variants.
enum Holder<'a, T> {
    Empty,
    Boxed(Box<T>),
    Borrowed(&'a T),
    Noisy(Noisy<'a>),
}

fn main() {
    let text = String::from("kept");
    let logs = Logs { entries: vec![Noisy(&text)] };
    let guarded: Guarded<Noisy<'_>> = Guarded { count: 1, _marker: PhantomData };
    let cursor = Cursor { text: &text, last: &logs.entries[0], buffer: String::new() };
    let callback = Callback { run: Box::new(|| println!("{text}")) };
    let shown = Shown { item: Box::new(&text), note: "n" };
    let pretend = Pretend { name: String::from("pretend"), _noisy: PhantomData };
    let holders: [Holder<'_, u8>; 4] =
        [Holder::Empty, Holder::Boxed(Box::new(1)), Holder::Borrowed(&3), Holder::Noisy(Noisy("held"))];
    (callback.run)();
    println!("{:?} {} {} {} {}", shown.item, shown.note, cursor.text, cursor.last.0, cursor.buffer.len());
    println!("{} {}", pretend.name, guarded.count);
    for holder in holders {
        match holder {
            Holder::Empty => println!("empty"),
            Holder::Boxed(b) => println!("boxed {b}"),
            Holder::Borrowed(r) => println!("borrowed {r}"),
            Holder::Noisy(n) => println!("noisy {}", n.0),
        }
    }
}
