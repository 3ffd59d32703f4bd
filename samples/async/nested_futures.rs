//! Futures inside futures
//! Awaiting an async fn embeds its whole state machine in the caller's: sizes add up along the call chain.

use std::future::Future;

async fn read_block(index: usize) -> [u8; 64] {
    [index as u8; 64]
}

// Holds a 64-byte block across the second await: its future is at least that big.
async fn read_pair(first: usize) -> usize {
    let a = read_block(first).await;
    let b = read_block(first + 1).await;
    a.iter().chain(b.iter()).map(|&x| usize::from(x)).sum()
}

// Awaits `read_pair`, so its suspended state contains a whole `read_pair` future.
async fn read_all(count: usize) -> usize {
    let mut total = 0;
    for i in 0..count {
        total += read_pair(i * 2).await;
    }
    total
}

// Boxing the inner future keeps the outer one small: only a pointer is stored.
async fn read_all_boxed(count: usize) -> usize {
    let mut total = 0;
    for i in 0..count {
        total += Box::pin(read_pair(i * 2)).await;
    }
    total
}

// Recursion needs the box: an async fn cannot contain itself by value.
fn count_down(n: u32) -> std::pin::Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(async move {
        if n == 0 { 0 } else { 1 + count_down(n - 1).await }
    })
}

fn main() {
    // Look at: each size includes the sizes of the futures it awaits.
    println!("read_block future:     {:>4} bytes", std::mem::size_of_val(&read_block(0)));
    println!("read_pair future:      {:>4} bytes", std::mem::size_of_val(&read_pair(0)));
    println!("read_all future:       {:>4} bytes", std::mem::size_of_val(&read_all(3)));
    println!("read_all_boxed future: {:>4} bytes", std::mem::size_of_val(&read_all_boxed(3)));

    println!("totals: {} {}", block_on(read_all(3)), block_on(read_all_boxed(3)));
    println!("count_down(5) = {}", block_on(count_down(5)));
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
