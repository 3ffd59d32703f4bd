//! PhantomData<&'a ()> and PhantomData<Cell<&'a ()>>
//! Tie a handle to a borrow with a phantom lifetime: covariant with `&'a ()`, invariant with `Cell<&'a ()>`.

use std::cell::Cell;
use std::marker::PhantomData;

// A cursor over raw memory: the pointer carries no lifetime, so the
// PhantomData ties the cursor to the borrow of the slice (covariant in 'a).
struct Cursor<'a> {
    ptr: *const u8,
    remaining: usize,
    _borrow: PhantomData<&'a ()>,
}

impl<'a> Cursor<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Cursor { ptr: bytes.as_ptr(), remaining: bytes.len(), _borrow: PhantomData }
    }
}

impl<'a> Iterator for Cursor<'a> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.remaining == 0 {
            return None;
        }
        // SAFETY: `remaining` bytes are readable; the slice outlives 'a.
        let byte = unsafe { *self.ptr };
        self.ptr = self.ptr.wrapping_add(1);
        self.remaining -= 1;
        Some(byte)
    }
}

// An identity brand: 'id must never change, so that values from two
// different arenas can never be mixed. Invariance makes the brand exact.
#[derive(Clone, Copy)]
struct Brand<'id> {
    _invariant: PhantomData<Cell<&'id ()>>,
}

struct Index<'id> {
    slot: usize,
    _brand: Brand<'id>,
}

struct Arena<'id> {
    items: Vec<&'static str>,
    brand: Brand<'id>,
}

impl<'id> Arena<'id> {
    fn add(&mut self, item: &'static str) -> Index<'id> {
        self.items.push(item);
        Index { slot: self.items.len() - 1, _brand: self.brand }
    }
    // No bounds check needed: an Index<'id> can only come from this arena.
    fn get(&self, index: &Index<'id>) -> &'static str {
        self.items[index.slot]
    }
}

// Each call gets a fresh, unnameable 'id from the higher-ranked closure.
fn with_arena<R>(f: impl for<'id> FnOnce(Arena<'id>) -> R) -> R {
    f(Arena { items: Vec::new(), brand: Brand { _invariant: PhantomData } })
}

fn main() {
    let data = vec![10u8, 20, 30];
    let cursor = Cursor::new(&data);
    // drop(data); // error[E0505]: cannot move out of `data` because it is borrowed
    let total: u32 = cursor.map(u32::from).sum();
    println!("cursor total: {total}");

    let text = with_arena(|mut arena| {
        let a = arena.add("alpha");
        let b = arena.add("beta");
        // with_arena(|other| other.get(&a)); // error: borrowed data escapes the closure
        format!("{} {}", arena.get(&b), arena.get(&a))
    });
    println!("arena: {text}");
}
