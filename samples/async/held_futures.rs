//! Futures held in locals
//! A future created now and awaited later is a saved local, and its holder is Send only if that future is.

// Look at: `later` is saved as `{async block@..}` and `pending` as `{async fn body of ..}`; the `Rc` captured by
// the inner block makes every future that holds it across an await not Send.

use std::future::Future;
use std::rc::Rc;

async fn tick() {}

async fn holds_block_with_rc() -> u32 {
    let shared = Rc::new(1);
    let later = async move {
        tick().await;
        *shared
    };
    tick().await;
    later.await
}

async fn holds_sendable_block() -> usize {
    let text = String::from("ready");
    let later = async move {
        tick().await;
        text.len()
    };
    tick().await;
    later.await
}

async fn holds_fn_future() -> u32 {
    let pending = holds_block_with_rc();
    tick().await;
    pending.await
}

async fn awaits_at_once() -> u32 {
    tick().await;
    holds_block_with_rc().await
}

fn main() {
    println!("{}", block_on(holds_block_with_rc()));
    println!("{}", block_on(holds_sendable_block()));
    println!("{}", block_on(holds_fn_future()));
    println!("{}", block_on(awaits_at_once()));
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
