//! Pin projection by hand
//! From `Pin<&mut Struct>`, a field is either structurally pinned (`Pin<&mut Field>`) or not (`&mut Field`).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

// A future that wraps another future and counts how often it was polled.
struct Counted<F> {
    inner: F,     // structurally pinned: the inner future may be !Unpin
    polls: u32,   // not pinned: a plain counter we may move freely
    finished: bool,
}

impl<F> Counted<F> {
    fn new(inner: F) -> Self {
        Counted { inner, polls: 0, finished: false }
    }

    // Look at: the projection. It hands out Pin for `inner` and &mut for the rest.
    fn project(self: Pin<&mut Self>) -> (Pin<&mut F>, &mut u32, &mut bool) {
        // SAFETY: we never move `inner` out of `self`, there is no Drop impl
        // that moves it, and `Counted` is Unpin only when F is (auto trait rule).
        unsafe {
            let this = self.get_unchecked_mut();
            (Pin::new_unchecked(&mut this.inner), &mut this.polls, &mut this.finished)
        }
    }
}

impl<F: Future> Future for Counted<F> {
    type Output = (F::Output, u32);

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let (inner, polls, finished) = self.project();
        assert!(!*finished, "Counted polled after completion");
        *polls += 1;
        match inner.poll(cx) {
            Poll::Ready(value) => {
                *finished = true;
                Poll::Ready((value, *polls))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

// A future that is Pending once before it is Ready.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = &'static str;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.0 {
            return Poll::Ready("done");
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

fn main() {
    let mut future = std::pin::pin!(Counted::new(YieldOnce(false)));
    let mut cx = Context::from_waker(std::task::Waker::noop());
    let result = loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            break out;
        }
    };
    println!("{} after {} polls", result.0, result.1);
}
