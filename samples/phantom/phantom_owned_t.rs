//! PhantomData<T>: owning a T you do not store
//! A raw-pointer buffer records that it owns its `T` values with `PhantomData<T>`, as `Vec` does.

use std::alloc::{alloc, dealloc, Layout};
use std::marker::PhantomData;
use std::ptr::NonNull;

// A fixed-capacity buffer that stores its items behind a raw pointer.
// `NonNull<T>` alone says nothing about ownership; the PhantomData tells the
// compiler this struct owns `T`s and drops them.
struct RawBuf<T> {
    ptr: NonNull<T>,
    len: usize,
    cap: usize,
    _owns: PhantomData<T>,
}

impl<T> RawBuf<T> {
    fn with_capacity(cap: usize) -> Self {
        assert!(cap > 0 && std::mem::size_of::<T>() > 0);
        let layout = Layout::array::<T>(cap).expect("capacity overflow");
        // SAFETY: the layout has a non-zero size (checked above).
        let raw = unsafe { alloc(layout) }.cast::<T>();
        let ptr = NonNull::new(raw).expect("allocation failed");
        RawBuf { ptr, len: 0, cap, _owns: PhantomData }
    }

    fn push(&mut self, value: T) -> Result<(), T> {
        if self.len == self.cap {
            return Err(value);
        }
        // SAFETY: len < cap, so the slot is inside the allocation and unused.
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
        Ok(())
    }

    fn as_slice(&self) -> &[T] {
        // SAFETY: the first `len` slots are initialised.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> Drop for RawBuf<T> {
    fn drop(&mut self) {
        // SAFETY: drop the initialised items, then free the memory we allocated.
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(self.ptr.as_ptr(), self.len));
            dealloc(self.ptr.as_ptr().cast(), Layout::array::<T>(self.cap).expect("checked in new"));
        }
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let mut buf = RawBuf::with_capacity(2);
    buf.push(Noisy("first")).ok();
    buf.push(Noisy("second")).ok();
    if let Err(rejected) = buf.push(Noisy("third")) {
        println!("full, rejected {}", rejected.0);
    }
    let names: Vec<&str> = buf.as_slice().iter().map(|n| n.0).collect();
    println!("buffer holds {names:?}");
    // Dropping `buf` drops both items (watch the output order).
}
