//! A MutexGuard across an await
//! A guard from `lock()` held across an await, as a named local or as a temporary, makes the future `!Send`.

use std::future::Future;
use std::sync::Mutex;

async fn next_value() -> u32 {
    7
}

// NOT Send: the temporary guard of `lock().unwrap()` lives until the end of
// the statement, which is after the await.
async fn push_locked(log: &Mutex<Vec<u32>>) {
    log.lock().unwrap().push(next_value().await);
}

// NOT Send: a named guard alive at the await.
async fn hold_guard(log: &Mutex<Vec<u32>>) -> usize {
    let guard = log.lock().unwrap();
    let extra = next_value().await;
    guard.len() + extra as usize
}

// Send: the guard is dropped at the end of its block, before the await.
async fn release_first(log: &Mutex<Vec<u32>>) -> usize {
    let len = {
        let guard = log.lock().unwrap();
        guard.len()
    };
    let extra = next_value().await;
    len + extra as usize
}

fn main() {
    let log = Mutex::new(vec![1, 2]);
    block_on(push_locked(&log));
    println!("{} {}", block_on(hold_guard(&log)), block_on(release_first(&log)));
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
