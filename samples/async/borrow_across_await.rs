//! A borrow kept across an await
//! A reference to a local that lives across an await makes the future self-referential.

use std::future::Future;

async fn checksum(data: &[u8]) -> u32 {
    data.iter().map(|&b| u32::from(b)).sum()
}

async fn log_line(line: &str) {
    println!("{line}");
}

async fn verify(name: String) -> bool {
    let payload = vec![1u8, 2, 3, 4, 5];
    // Look at: `first_half` borrows `payload`, and both are alive across the
    // awaits below. The future stores `payload` AND a pointer into it: this is
    // why a started future must not move (see the pin samples).
    let first_half = &payload[..payload.len() / 2];
    let sum = checksum(first_half).await;
    log_line(&name).await;
    sum == first_half.iter().map(|&b| u32::from(b)).sum::<u32>()
}

fn main() {
    println!("verified: {}", block_on(verify("packet-1".to_string())));
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
