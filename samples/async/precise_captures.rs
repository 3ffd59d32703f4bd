//! Edition 2021 precise captures
//! An async block captures places, not whole variables: `order__note` by value, `_ref__order__id` by reference.

// Look at: a deref, a type with its own `Drop` and a wider use of the same variable make a capture coarser, and a
// partial move keeps the rest of the variable alive for its drop (`batch` in `rest_still_dropped`).

use std::future::Future;

struct Order {
    id: u32,
    note: String,
    lines: Vec<String>,
}

struct Receipt {
    text: String,
}

impl Drop for Receipt {
    fn drop(&mut self) {}
}

struct Batch {
    first: Order,
    label: String,
}

async fn tick() {}

async fn field_moved(order: Order) -> usize {
    let send = async move {
        tick().await;
        order.note.len() + order.id as usize
    };
    tick().await;
    send.await
}

async fn field_borrowed(mut order: Order) -> usize {
    let count = async {
        tick().await;
        order.lines.push(String::from("extra"));
        order.lines.len() + order.id as usize
    };
    count.await
}

fn through_reference(order: &Order) -> impl Future<Output = usize> + '_ {
    async {
        tick().await;
        order.note.len()
    }
}

fn through_box(order: Box<Order>) -> impl Future<Output = usize> {
    async move {
        tick().await;
        order.note.len()
    }
}

fn own_drop_whole(receipt: Receipt) -> impl Future<Output = usize> {
    async move {
        tick().await;
        receipt.text.len()
    }
}

async fn wider_use_wins(batch: Batch) -> usize {
    let both = async move {
        tick().await;
        let first = &batch.first;
        first.note.len() + batch.first.lines.len()
    };
    tick().await;
    both.await
}

async fn rest_still_dropped(batch: Batch) -> usize {
    let lines = async move {
        tick().await;
        batch.first.lines.len()
    };
    tick().await;
    lines.await
}

fn main() {
    let order = || Order { id: 7, note: String::from("gift"), lines: vec![String::from("book")] };
    println!("{}", block_on(field_moved(order())));
    println!("{}", block_on(field_borrowed(order())));
    let kept = order();
    println!("{}", block_on(through_reference(&kept)));
    println!("{}", block_on(through_box(Box::new(order()))));
    println!("{}", block_on(own_drop_whole(Receipt { text: String::from("paid") })));
    println!("{}", block_on(wider_use_wins(Batch { first: order(), label: String::from("a") })));
    println!("{}", block_on(rest_still_dropped(Batch { first: order(), label: String::from("b") })));
    let named = Batch { first: order(), label: String::from("c") };
    println!("{} {}", named.label, named.first.id);
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
