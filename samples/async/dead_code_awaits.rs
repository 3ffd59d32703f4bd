//! Awaits that make no state
//! An await after `return` is dead and makes no state; one inside `if false` still does.

use std::future::Future;

async fn step(n: u32) -> u32 {
    n
}

#[allow(unreachable_code)]
async fn early_return(n: u32) -> u32 {
    let first = step(n).await;
    return first;
    step(first).await
}

async fn never_taken(n: u32) -> u32 {
    let mut total = step(n).await;
    if false {
        total += step(1).await;
    }
    total + step(2).await
}

async fn loop_with_break(limit: u32) -> u32 {
    let mut seen = 0;
    loop {
        seen += step(1).await;
        if seen >= limit {
            break;
        }
    }
    seen
}

fn main() {
    println!("{} {}", block_on(early_return(1)), block_on(never_taken(2)));
    println!("{}", block_on(loop_with_break(3)));
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
