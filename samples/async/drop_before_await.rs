//! drop(x) before an await
//! Calling `drop` ends a value's life early, but a moved-from local may still take space in the future.

use std::future::Future;

struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing connection to {}", self.host);
    }
}

async fn wait_for_reply() -> u16 {
    200
}

async fn request(host: &str) -> u16 {
    let conn = Connection { host: host.to_string() };
    println!("sending request to {}", conn.host);
    // Look at: the connection is closed here, before the await, so nothing
    // is dropped later. But `conn` was borrowed above (`conn.host`), so rustc
    // still keeps its slot in the suspended state, plus a drop flag saying it
    // is already gone. A block scope (scope_ends_before_await.rs) frees the slot.
    drop(conn);
    let status = wait_for_reply().await;
    status
}

async fn request_holding(host: &str) -> u16 {
    let conn = Connection { host: host.to_string() };
    // Here `conn` is alive across the await; it is dropped at the end of the fn.
    let status = wait_for_reply().await;
    println!("reply from {}", conn.host);
    status
}

fn main() {
    println!("status {}", block_on(request("example.org")));
    println!("status {}", block_on(request_holding("example.net")));
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
