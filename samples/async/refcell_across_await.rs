//! RefCell borrows across an await
//! A `Ref` from `borrow()` held across an await makes the future `!Send`; a copied value does not.

use std::cell::RefCell;
use std::future::Future;

async fn pause() {}

// NOT Send: the `Ref` guard is alive at the await.
async fn read_while_waiting(cell: RefCell<Vec<u8>>) -> usize {
    let view = cell.borrow();
    pause().await;
    view.len()
}

// Send: only the length crosses the await; the guard is a temporary of the first statement.
async fn read_then_wait(cell: RefCell<Vec<u8>>) -> usize {
    let len = cell.borrow().len();
    pause().await;
    len
}

// NOT Send: a raw pointer kept across an await.
async fn pointer_across(value: u64) -> u64 {
    let ptr = &value as *const u64;
    pause().await;
    value + u64::from(ptr.is_null())
}

fn main() {
    println!("{}", block_on(read_while_waiting(RefCell::new(vec![1, 2, 3]))));
    println!("{}", block_on(read_then_wait(RefCell::new(vec![4]))));
    println!("{}", block_on(pointer_across(9)));
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
