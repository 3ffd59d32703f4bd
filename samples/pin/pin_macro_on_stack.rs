//! Pinning on the stack with pin!
//! `std::pin::pin!` pins a value in the current stack frame without a heap allocation.

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

async fn add(a: u32, b: u32) -> u32 {
    a + b
}

async fn sum_pairs(pairs: &[(u32, u32)]) -> u32 {
    let mut total = 0;
    for &(a, b) in pairs {
        total += add(a, b).await;
    }
    total
}

fn poll_once<F: Future>(future: Pin<&mut F>) -> Poll<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    future.poll(&mut cx)
}

fn main() {
    let pairs = [(1, 2), (3, 4), (5, 6)];

    // Look at: `pin!` takes the future by value and gives back `Pin<&mut F>`.
    // The future now lives in this frame and can never be moved again.
    let mut future = pin!(sum_pairs(&pairs));
    let result = loop {
        // `as_mut` reborrows the pin so it can be used again in the next iteration.
        if let Poll::Ready(total) = poll_once(future.as_mut()) {
            break total;
        }
    };
    println!("sum of pairs: {result}");

    // Compared with Box::pin: the same guarantee, but on the heap.
    let mut boxed: Pin<Box<_>> = Box::pin(add(40, 2));
    if let Poll::Ready(answer) = poll_once(boxed.as_mut()) {
        println!("boxed answer: {answer}");
    }

    // Any value can be pinned, not just futures.
    let text = pin!(String::from("pinned text"));
    println!("{} ({} bytes)", *text, text.len());
}
