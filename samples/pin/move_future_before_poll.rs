//! Moving a future before it is first polled
//! An unpolled future holds no self-references yet, so it may move freely until the first poll pins it.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

async fn sum_with_borrow(values: Vec<u32>) -> u32 {
    // After the first poll, `view` points into `values`, inside the future itself.
    let view = &values[..];
    yield_now().await;
    view.iter().sum()
}

// Returns Pending exactly once, so the future above really suspends.
fn yield_now() -> impl Future<Output = ()> {
    let mut yielded = false;
    std::future::poll_fn(move |_cx| {
        if yielded {
            Poll::Ready(())
        } else {
            yielded = true;
            Poll::Pending
        }
    })
}

fn make_jobs() -> Vec<impl Future<Output = u32>> {
    // Look at: these futures are created here and MOVED into the Vec and out of
    // this function. That is fine: none of them has been polled (Unresumed state).
    vec![sum_with_borrow(vec![1, 2, 3]), sum_with_borrow(vec![10, 20])]
}

fn main() {
    let jobs = make_jobs();
    let mut cx = Context::from_waker(Waker::noop());
    for job in jobs {
        // Box::pin moves the future one last time, onto the heap, and pins it there.
        let mut pinned: Pin<Box<_>> = Box::pin(job);
        let first = pinned.as_mut().poll(&mut cx);
        println!("first poll: {}", if first.is_pending() { "pending" } else { "ready" });
        // From now on the future is at a fixed address; `*pinned` cannot be moved
        // out, because the async fn's future is !Unpin.
        let mut polls = 1;
        let total = loop {
            polls += 1;
            if let Poll::Ready(total) = pinned.as_mut().poll(&mut cx) {
                break total;
            }
        };
        println!("sum {total} after {polls} polls");
    }
}
