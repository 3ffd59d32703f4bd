//! An Rc held across an await (non-Send future)
//! Holding an `Rc` across an await makes the whole future `!Send`; dropping it first makes it Send again.

use std::future::Future;
use std::rc::Rc;

async fn tick() {}

// NOT Send: `shared` is an Rc and it is alive at the await, so it is stored in
// the future. Such a future cannot be moved to another thread (no tokio::spawn),
// but it runs fine on a single-threaded executor like the one below.
async fn count_refs() -> usize {
    let shared = Rc::new(vec![1, 2, 3]);
    let alias = Rc::clone(&shared);
    tick().await;
    Rc::strong_count(&shared) + alias.len()
}

// Send: the Rc lives only in a block that ends before the await.
async fn count_refs_scoped() -> usize {
    let count = {
        let shared = Rc::new(vec![1, 2, 3]);
        Rc::strong_count(&shared)
    };
    tick().await;
    count
}

fn assert_send<T: Send>(value: T) -> T {
    value
}

fn main() {
    let not_send = count_refs();
    // assert_send(count_refs()); // error: future cannot be sent between threads safely
    let send = assert_send(count_refs_scoped());
    println!("{} {}", block_on(not_send), block_on(send));
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
