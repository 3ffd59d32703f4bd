//! Drop check with PhantomData and Drop
//! A type with `Drop` that may touch borrowed data forces that data to outlive it; the phantom says what it owns.

use std::marker::PhantomData;

// Logs a message when dropped, using a borrowed prefix.
struct Logger<'a> {
    prefix: &'a str,
}

impl Drop for Logger<'_> {
    fn drop(&mut self) {
        // The destructor reads `prefix`, so the prefix must still be alive here.
        println!("{}: logger closed", self.prefix);
    }
}

// A container of T's behind a raw pointer. Without the PhantomData<T>, drop
// check would not know that dropping Stack<T> drops T values.
struct Stack<T> {
    items: *mut Vec<T>,
    _owns: PhantomData<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Box::into_raw(Box::new(Vec::new())), _owns: PhantomData }
    }
    fn push(&mut self, item: T) {
        // SAFETY: `items` came from Box::into_raw and is freed only in drop.
        unsafe { (*self.items).push(item) }
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        // SAFETY: we own the box; rebuilding it drops the Vec and every T.
        drop(unsafe { Box::from_raw(self.items) });
    }
}

fn main() {
    // Declared first, dropped last: the prefix outlives the loggers. Fine.
    let prefix = String::from("main");
    let mut stack = Stack::new();
    stack.push(Logger { prefix: &prefix });
    stack.push(Logger { prefix: "static" });

    // Reversed order does not compile: `late` would be dropped before `stack2`,
    // whose destructor drops Loggers that still read `late`.
    // let mut stack2 = Stack::new();
    // let late = String::from("late");
    // stack2.push(Logger { prefix: &late });
    // error[E0597]: `late` does not live long enough

    // A Vec<&str> with no Drop of its own would be fine in that order:
    // `&str` has no destructor, and Vec's drop is marked `#[may_dangle]` in std
    // (a nightly-only attribute, so user code cannot do the same on stable).
    let mut names: Vec<&str> = Vec::new();
    let late = String::from("late");
    names.push(&late);
    println!("names: {names:?}");
}
