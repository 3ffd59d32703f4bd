//! Moves before an await
//! A value moved away before an await is not saved; one that still needs its drop after the await is.

use std::future::Future;

async fn pause() {}

fn consume(text: String) -> usize {
    text.len()
}

// `owned` is moved into `consume` before the await: nothing left to save.
async fn moved_away() -> usize {
    let owned = String::from("moved");
    let n = consume(owned);
    pause().await;
    n
}

// `_kept` is never used after the await, but its drop at the end of the fn is:
// a String needs drop, so it is saved. A plain integer is not.
async fn dropped_later() -> u32 {
    let _kept = String::from("kept");
    let unused = 42u32;
    let copy = unused;
    pause().await;
    copy
}

// Moved on one branch only: it may still need its drop, so it is saved.
async fn moved_sometimes(flag: bool) -> usize {
    let text = String::from("maybe");
    let mut n = 0;
    if flag {
        n = consume(text);
    }
    pause().await;
    n
}

fn main() {
    println!("{} {}", block_on(moved_away()), block_on(dropped_later()));
    println!("{}", block_on(moved_sometimes(true)));
}

// --- executor ---
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}
