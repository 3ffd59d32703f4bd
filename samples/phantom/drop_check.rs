//! Drop check with PhantomData and Drop
//! Borrowed data must outlive any value whose drop may use it; `PhantomData<T>` counts as owning a T for that check.

use std::marker::PhantomData;
use std::ptr::NonNull;

// Logs when dropped, reading a borrowed prefix: the prefix must still be alive.
struct Logger<'a> {
    prefix: &'a str,
}

impl Drop for Logger<'_> {
    fn drop(&mut self) {
        println!("{}: logger closed", self.prefix);
    }
}

// 1. A container with its own Drop impl. On stable Rust drop check assumes the
//    destructor may use every T, so data borrowed by a T must outlive the stack.
//    (std's Vec relaxes this with `#[may_dangle]`, which is nightly-only.)
struct Stack<T> {
    items: NonNull<Vec<T>>,
    _owns: PhantomData<T>, // owns Ts: covariant in T, and Ts are dropped with it
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: NonNull::from(Box::leak(Box::new(Vec::new()))), _owns: PhantomData }
    }
    fn push(&mut self, item: T) {
        // SAFETY: `items` came from Box::leak and is freed only in drop.
        unsafe { self.items.as_mut().push(item) }
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        // SAFETY: we own the box; rebuilding it drops the Vec and every T.
        drop(unsafe { Box::from_raw(self.items.as_ptr()) });
    }
}

// 2. No Drop impl, but a field with drop glue (the String). Drop check then
//    looks at the fields, and PhantomData<T> counts as a field of type T.
struct OwningSink<T> {
    name: String,
    accepted: usize,
    _owns: PhantomData<T>,
}

// 3. The same sink marked with PhantomData<fn(T)>: it only takes Ts in and
//    never drops one later, so drop check does not care what T borrows.
struct Sink<T> {
    name: String,
    accepted: usize,
    _consumes: PhantomData<fn(T)>,
}

impl<T> OwningSink<T> {
    // `&mut self` fixes T exactly (invariance), so T = Logger<'late> below.
    fn accept(&mut self, item: T) {
        self.accepted += 1;
        drop(item);
    }
}

impl<T> Sink<T> {
    fn accept(&mut self, item: T) {
        self.accepted += 1;
        drop(item);
    }
}

fn main() {
    // Declared first, dropped last: the prefix outlives the loggers. Fine.
    let prefix = String::from("main");
    let mut stack = Stack::new();
    stack.push(Logger { prefix: &prefix });
    stack.push(Logger { prefix: "static" });

    // Reversed order does not compile, because `late` is dropped before `stack2`:
    // let mut stack2 = Stack::new();
    // let late = String::from("late");
    // stack2.push(Logger { prefix: &late });
    // error[E0597]: `late` does not live long enough

    let mut owning = OwningSink { name: "owning".into(), accepted: 0, _owns: PhantomData };
    let mut sink = Sink { name: "sink".into(), accepted: 0, _consumes: PhantomData };
    let late = String::from("late");
    owning.accept(Logger { prefix: "static" });
    // owning.accept(Logger { prefix: &late });
    // error[E0597]: `late` does not live long enough (PhantomData<T> owns a Logger)
    sink.accept(Logger { prefix: &late }); // fine: Sink<T> owns no Logger
    println!("{}: {}, {}: {}", owning.name, owning.accepted, sink.name, sink.accepted);
}
