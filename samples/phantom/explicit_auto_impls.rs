//! Explicit Send and Sync impls, and Drop
//! `unsafe impl Send` overrides what the fields say; a `Drop` impl makes drop check demand outliving parameters.

use std::marker::PhantomData;
use std::ptr::NonNull;

// A raw-pointer buffer: the fields make it neither Send nor Sync, the impls below restore both.
struct Buffer<T> {
    start: NonNull<T>,
    len: usize,
    _owns: PhantomData<T>,
}

// SAFETY: a Buffer owns its elements exclusively, like a Box<[T]>, so it may move to another thread with them.
unsafe impl<T: Send> Send for Buffer<T> {}
// SAFETY: shared access only hands out &T.
unsafe impl<T: Sync> Sync for Buffer<T> {}

impl<T> Buffer<T> {
    fn from_vec(items: Vec<T>) -> Self {
        let len = items.len();
        let start = NonNull::from(Box::leak(items.into_boxed_slice())).cast::<T>();
        Buffer { start, len, _owns: PhantomData }
    }

    fn get(&self, i: usize) -> Option<&T> {
        // SAFETY: the pointer covers `len` initialised elements for as long as the Buffer lives.
        (i < self.len).then(|| unsafe { &*self.start.as_ptr().add(i) })
    }
}

impl<T> Drop for Buffer<T> {
    fn drop(&mut self) {
        let slice = std::ptr::slice_from_raw_parts_mut(self.start.as_ptr(), self.len);
        // SAFETY: rebuilds the box leaked in `from_vec`, exactly once.
        drop(unsafe { Box::from_raw(slice) });
    }
}

// A handle that is Sync only by its impl: the raw pointer alone would forbid it.
struct Registry {
    head: *const u8,
}

// SAFETY: the pointer is only ever read, and points at static data.
unsafe impl Sync for Registry {}

impl Registry {
    fn first(&self) -> u8 {
        // SAFETY: `head` points at static bytes, which are never written.
        unsafe { *self.head }
    }
}

fn main() {
    let buffer = Buffer::from_vec(vec![String::from("a"), String::from("b")]);
    let handle = std::thread::spawn(move || buffer.get(1).cloned());
    println!("from another thread: {:?}", handle.join().unwrap());

    static BYTES: [u8; 3] = [7, 8, 9];
    let registry = Registry { head: BYTES.as_ptr() };
    std::thread::scope(|s| {
        s.spawn(|| println!("first byte: {}", registry.first()));
    });
}
