//! Unsafe traits, raw pointers and FFI
//! `unsafe trait` / `unsafe impl`, raw pointers, `extern "C"` functions and blocks, and statics.

use std::sync::atomic::{AtomicUsize, Ordering};

// Implementors promise that every bit pattern of their size is a valid value.
// The compiler cannot check that, so implementing the trait is `unsafe`.
unsafe trait Pod: Copy {}

unsafe impl Pod for u32 {}
unsafe impl Pod for [u8; 4] {}

fn cast<A: Pod, B: Pod>(value: A) -> B {
    assert_eq!(std::mem::size_of::<A>(), std::mem::size_of::<B>());
    // SAFETY: same size, and B accepts any bit pattern (the Pod contract).
    unsafe { std::mem::transmute_copy(&value) }
}

// Functions from the C library, declared in an extern block.
extern "C" {
    fn abs(input: i32) -> i32;
    fn strlen(text: *const std::ffi::c_char) -> usize;
}

// A Rust function with the C calling convention, callable through a C fn pointer.
extern "C" fn twice(x: i32) -> i32 {
    x * 2
}

static CALLS: AtomicUsize = AtomicUsize::new(0);
static mut LAST: i32 = 0;
const LIMIT: i32 = 1 << 10;

fn record(value: i32) {
    CALLS.fetch_add(1, Ordering::SeqCst);
    // SAFETY: single-threaded program; no reference to LAST is ever created.
    unsafe { LAST = value.min(LIMIT) };
}

fn main() {
    let bytes: [u8; 4] = cast(0x1234_5678u32);
    let back: u32 = cast(bytes);
    println!("{bytes:02x?} -> {back:#x}");

    // SAFETY: both functions are from the C standard library and get valid input.
    let (magnitude, length) = unsafe { (abs(-42), strlen(c"hello".as_ptr())) };
    let callback: extern "C" fn(i32) -> i32 = twice;
    record(callback(magnitude));
    record(length as i32);

    // Raw pointers: creating them is safe, dereferencing is not.
    let mut numbers = [1, 2, 3];
    let first: *mut i32 = numbers.as_mut_ptr();
    // SAFETY: index 2 is inside the array and no reference to it is alive.
    unsafe {
        *first.add(2) += 10;
    }
    let last = unsafe { std::ptr::addr_of!(LAST).read() };
    println!("{numbers:?}, calls = {}, last = {last}", CALLS.load(Ordering::SeqCst));
}
