//! A scope that ends before an await
//! A local whose block ends before the await is not saved in the suspended state.

use std::future::Future;

async fn send(bytes: usize) -> bool {
    bytes > 0
}

async fn upload(name: &str) -> bool {
    // Look at: `buffer` lives only inside this block. The block ends before
    // the await, so the big buffer is NOT part of the future's suspended state.
    let size = {
        let buffer = [0u8; 4096];
        let header = name.as_bytes();
        buffer.len() + header.len()
    };
    send(size).await
}

async fn upload_wasteful(name: &str) -> bool {
    // Here the buffer is still in scope at the await, so the future carries
    // all 4096 bytes while it waits.
    let buffer = [0u8; 4096];
    let size = buffer.len() + name.len();
    let ok = send(size).await;
    ok && buffer[0] == 0
}

fn main() {
    let small = upload("a.txt");
    let large = upload_wasteful("a.txt");
    println!("scoped future:   {} bytes", std::mem::size_of_val(&small));
    println!("wasteful future: {} bytes", std::mem::size_of_val(&large));
    println!("results: {} {}", block_on(small), block_on(large));
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
