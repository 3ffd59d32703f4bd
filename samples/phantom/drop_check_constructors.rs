//! Drop check through the standard library's types
//! What must still be alive when a value is dropped depends on each field's type: a `Drop` impl uses
//! everything, `PhantomData<T>` and the containers own their `T`, references and `Weak` own nothing.

use std::cell::{Cell, Ref, RefCell};
use std::fmt::Debug;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::rc::Rc;
use std::sync::{MutexGuard, OnceLock};

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

// `OnceLock` has a Drop impl (so glue even for a `u8`) that may drop its T.
struct Lazy<T> {
    cell: OnceLock<T>,
}

// `Cell` and `Option` are as their contents.
struct Slot<T> {
    value: Cell<Option<T>>,
}

// A lifetime used at drop: a field whose own destructor reads the borrowed data.
struct Logs<'a> {
    entries: Vec<Noisy<'a>>,
}

// A lifetime not used at drop: only behind a reference, next to a field with glue.
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

// The std guards have Drop impls that use what they borrow.
struct Locked<'a, T> {
    guard: MutexGuard<'a, T>,
}
struct Peek<'a, T> {
    view: Ref<'a, T>,
}

// An enum is the union of its variants.
enum Holder<'a, T> {
    Empty,
    Boxed(Box<T>),
    Borrowed(&'a T),
    Noisy(Noisy<'a>),
}

// Tuples and arrays own their elements.
struct Pairs<A, B> {
    items: Vec<(A, [B; 2])>,
}

fn main() {
    let text = String::from("kept");
    let logs = Logs { entries: vec![Noisy(&text)] };
    let cell = RefCell::new(5);
    let peek = Peek { view: cell.borrow() };
    let guarded: Guarded<Noisy<'_>> = Guarded { count: 1, _marker: PhantomData };
    let labelled = Labelled { label: String::from("l"), tag: Tag::<Noisy<'_>>(PhantomData) };
    let marker = Marker::<Noisy<'_>>(PhantomData);
    let owner = Owner { target: Rc::new(Noisy("rc")) };
    let observer = Observer { target: Rc::downgrade(&owner.target) };
    let manual = Manual { value: ManuallyDrop::new(Noisy("m")), spare: MaybeUninit::<Noisy<'_>>::uninit(), name: String::new() };
    let lazy: Lazy<Noisy<'_>> = Lazy { cell: OnceLock::new() };
    let slot = Slot { value: Cell::new(Some(Noisy("slot"))) };
    let cursor = Cursor { text: &text, last: &logs.entries[0], buffer: String::new() };
    let callback = Callback { run: Box::new(|| println!("{text}")) };
    let shown = Shown { item: Box::new(&text), note: "n" };
    let pretend = Pretend { name: String::new(), _noisy: PhantomData };
    let holder: Holder<'_, u8> = Holder::Empty;
    let pairs = Pairs { items: vec![(1u8, ["a", "b"])] };
    (callback.run)();
    println!("{} {} {:?} {} {} {}", *peek.view, labelled.label, shown.item, manual.name, cursor.text, pretend.name);
    let _ = (guarded, marker, observer, lazy, slot, holder, pairs, shown.note, cursor.last.0, cursor.buffer);
    let _ = matches!(Holder::<u8>::Boxed(Box::new(1)), Holder::Borrowed(_) | Holder::Noisy(_));
}
