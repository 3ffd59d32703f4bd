//! Async blocks, async move and async closures
//! An async block is an anonymous future; `move` decides whether it borrows or owns what it captures.

use std::future::Future;

async fn double(n: u32) -> u32 {
    n * 2
}

fn main() {
    let base = 10;
    let label = String::from("borrowed");

    // An async block borrows `label` and copies nothing: it captures by reference.
    let borrowing = async {
        let n = double(base).await;
        format!("{label}: {n}")
    };
    println!("{}", block_on(borrowing));
    println!("label still usable: {label}");

    // `async move` takes ownership of `owned`; it can no longer be used out here.
    let owned = vec![1, 2, 3];
    let moving = async move {
        let mut sum = 0;
        for n in owned {
            sum += double(n).await;
        }
        sum
    };
    println!("moved sum: {}", block_on(moving));

    // An async closure (stable since Rust 1.85): each call returns a new future
    // that may borrow from the closure's captures.
    let prefix = String::from("item");
    let describe = async |id: u32| -> String {
        let doubled = double(id).await;
        format!("{prefix}-{doubled}")
    };
    let first = block_on(describe(1));
    let second = block_on(describe(2));
    println!("{first}, {second}");

    // A plain closure returning an async block is the older spelling of the same idea.
    let make_future = |id: u32| async move { double(id).await + 1 };
    println!("closure + async move: {}", block_on(make_future(20)));

    // Futures are values: store several in a Vec of boxed, pinned trait objects.
    let futures: Vec<std::pin::Pin<Box<dyn Future<Output = u32>>>> =
        vec![Box::pin(double(1)), Box::pin(async { 7 }), Box::pin(make_future(3))];
    let results: Vec<u32> = futures.into_iter().map(block_on).collect();
    println!("results: {results:?}");
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
