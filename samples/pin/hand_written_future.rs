//! A hand-written Future
//! Implementing `poll(self: Pin<&mut Self>, cx)` by hand: the state machine that `async fn` writes for you.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

// Counts down, returning Pending until it reaches zero.
struct Countdown {
    remaining: u32,
    polls: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Countdown is Unpin, so the Pin derefs to &mut Self.
        self.polls += 1;
        if self.remaining == 0 {
            Poll::Ready(self.polls)
        } else {
            self.remaining -= 1;
            // Ask to be polled again; a real timer would store the waker instead.
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

// The same thing written as an explicit enum of states, like the compiler does.
enum Twice<F: Future> {
    First(F, F),
    Second(F::Output, F),
    Done,
}

impl<F: Future + Unpin> Future for Twice<F>
where
    F::Output: Unpin,
{
    type Output = (F::Output, F::Output);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        loop {
            match std::mem::replace(&mut *self, Twice::Done) {
                Twice::First(mut a, b) => match Pin::new(&mut a).poll(cx) {
                    Poll::Ready(out) => *self = Twice::Second(out, b),
                    Poll::Pending => {
                        *self = Twice::First(a, b);
                        return Poll::Pending;
                    }
                },
                Twice::Second(first, mut b) => match Pin::new(&mut b).poll(cx) {
                    Poll::Ready(second) => return Poll::Ready((first, second)),
                    Poll::Pending => {
                        *self = Twice::Second(first, b);
                        return Poll::Pending;
                    }
                },
                Twice::Done => panic!("Twice polled after completion"),
            }
        }
    }
}

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    let mut single = Countdown { remaining: 3, polls: 0 };
    while Pin::new(&mut single).poll(&mut cx).is_pending() {}
    println!("countdown finished after {} polls", single.polls);

    let mut both = Twice::First(Countdown { remaining: 1, polls: 0 }, Countdown { remaining: 2, polls: 0 });
    let (a, b) = loop {
        if let Poll::Ready(out) = Pin::new(&mut both).poll(&mut cx) {
            break out;
        }
    };
    println!("twice: {a} and {b} polls");
}
