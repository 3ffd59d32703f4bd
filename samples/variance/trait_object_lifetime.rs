//! Variance of trait objects
//! `dyn Trait + 'a` is covariant in 'a, but the trait's own arguments are invariant: `dyn Fn(&'a str)` is not.

use std::fmt::Display;

// The handler may borrow data that lives for 'a, and takes &'a str arguments.
// Variance of 'a here: invariant, because 'a appears inside Fn(&'a str).
struct Handler<'a> {
    call: Box<dyn Fn(&'a str) -> usize + 'a>,
}

// Only the object lifetime bound is used: 'a is covariant.
struct Printer<'a> {
    item: Box<dyn Display + 'a>,
}

fn shorten_printer<'short>(p: Printer<'static>) -> Printer<'short> {
    p // compiles: `dyn Display + 'static` coerces to `dyn Display + 'short`
}

// fn shorten_handler<'short>(h: Handler<'static>) -> Handler<'short> { h }
// error: lifetime may not live long enough ('a is invariant in Handler)

fn make_handler<'a>(prefix: &'a str) -> Handler<'a> {
    // The closure captures `prefix`, so the object is only valid for 'a.
    Handler { call: Box::new(move |text: &'a str| prefix.len() + text.len()) }
}

// A higher-ranked closure type has no 'a to vary: it accepts every lifetime.
fn apply_all(f: &dyn for<'x> Fn(&'x str) -> usize, inputs: &[&str]) -> usize {
    inputs.iter().map(|s| f(s)).sum()
}

fn main() {
    // `message` is declared before `handler`: 'a is invariant and the handler has a
    // destructor, so every string it is called with must outlive the handler itself.
    let message = String::from("hello");
    let prefix = String::from(">> ");
    let handler = make_handler(&prefix);
    println!("handler: {}", (handler.call)(&message));

    let printer = shorten_printer(Printer { item: Box::new(42) });
    let local = String::from("borrowed text");
    let printers = [printer, Printer { item: Box::new(&local) }];
    for p in &printers {
        println!("printer: {}", p.item);
    }

    let total = apply_all(&|s| s.len(), &["a", "bb", &local]);
    println!("total length: {total}");
}
