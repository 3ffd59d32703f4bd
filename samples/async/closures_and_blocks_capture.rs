//! Captures of async blocks and closures
//! An async block inside an async fn is a coroutine of its own; what it captures, it holds in every state.

use std::future::Future;

async fn half(n: u64) -> u64 {
    n / 2
}

async fn outer(start: u64) -> u64 {
    let label = String::from("outer");
    let inner = async {
        let h = half(start).await;
        h + label.len() as u64
    };
    let first = inner.await;
    let owned = vec![first, start];
    let moved = async move {
        let mut total = 0;
        for v in owned {
            total += half(v).await;
        }
        total
    };
    moved.await
}

fn make_adder(offset: u64) -> impl Fn(u64) -> std::pin::Pin<Box<dyn Future<Output = u64>>> {
    move |n| Box::pin(async move { half(n).await + offset })
}

fn main() {
    println!("{}", block_on(outer(10)));
    let add = make_adder(5);
    println!("{}", block_on(add(8)));
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
