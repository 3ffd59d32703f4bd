//! Drop check through the standard library's types
//! `PhantomData<T>`, `Rc`, `OnceLock` and `Cell` own their `T` for drop check; `Weak`, `ManuallyDrop` and `MaybeUninit` own none.

use std::cell::{Cell, Ref, RefCell};
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::rc::Rc;
use std::sync::{Mutex, MutexGuard, OnceLock};

// A value whose destructor reads what it borrows.
struct Noisy<'a>(&'a str);

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

// Owns its T only through a type with no drop glue of its own: drop check still walks into it.
struct Tag<T>(PhantomData<T>);
struct Labelled<T> {
    label: String,
    tag: Tag<T>,
}

// Never any drop glue: drop check has nothing to run, so nothing needs to be alive.
struct Marker<T>(PhantomData<T>);

// `Weak` frees its allocation but never drops a T; `Rc` may drop the last T.
struct Observer<T> {
    target: std::rc::Weak<T>, // named by its module: `sync::Weak` differs in Send and Sync
}
struct Owner<T> {
    target: Rc<T>,
}

// Neither `ManuallyDrop` nor `MaybeUninit` drop what they hold.
struct Manual<T> {
    value: ManuallyDrop<T>,
    spare: MaybeUninit<T>,
    name: String,
}

// `OnceLock` has a Drop impl (so glue even for a `u8`) that may drop its T; `Cell` and `Option` are as their contents.
struct Lazy<T> {
    cell: OnceLock<T>,
}
struct Slot<T> {
    value: Cell<Option<T>>,
}

// The std guards have Drop impls that use what they borrow.
struct Locked<'a, T> {
    guard: MutexGuard<'a, T>,
}
struct Peek<'a, T> {
    view: Ref<'a, T>,
}

// Tuples and arrays own their elements.
struct Pairs<A, B> {
    items: Vec<(A, [B; 2])>,
}

fn main() {
    let cell = RefCell::new(5);
    let peek = Peek { view: cell.borrow() };
    let mutex = Mutex::new(7);
    let locked = Locked { guard: mutex.lock().unwrap() };
    let labelled = Labelled { label: String::from("l"), tag: Tag::<Noisy<'_>>(PhantomData) };
    let marker = Marker::<Noisy<'_>>(PhantomData);
    let owner = Owner { target: Rc::new(Noisy("rc")) };
    let observer = Observer { target: Rc::downgrade(&owner.target) };
    let manual = Manual {
        value: ManuallyDrop::new(Noisy("m")),
        spare: MaybeUninit::<Noisy<'_>>::uninit(),
        name: String::from("manual"),
    };
    let lazy: Lazy<Noisy<'_>> = Lazy { cell: OnceLock::new() };
    let slot = Slot { value: Cell::new(Some(Noisy("slot"))) };
    let pairs = Pairs { items: vec![(1u8, ["a", "b"])] };
    println!("{} {} {} {} {}", *peek.view, *locked.guard, labelled.label, manual.name, pairs.items.len());
    let _tag = labelled.tag.0;
    let _marker = marker.0;
    println!("{:?} {}", observer.target.upgrade().map(|n| n.0), owner.target.0);
    let _value = manual.value;
    let _spare = manual.spare;
    println!("{} {}", lazy.cell.get().is_none(), slot.value.take().is_some());
}
