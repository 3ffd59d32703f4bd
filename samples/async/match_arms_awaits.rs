//! Awaits in match arms
//! Each arm's await is its own state; bindings of an arm are saved only where that arm is suspended.

use std::future::Future;

enum Request {
    Get(String),
    Put(String, u32),
    Ping,
}

async fn lookup(key: &str) -> u32 {
    key.len() as u32
}

async fn store(key: &str, value: u32) -> bool {
    !key.is_empty() && value > 0
}

async fn handle(request: Request) -> u32 {
    let tag = 10;
    match request {
        Request::Get(key) => lookup(&key).await + tag,
        Request::Put(key, value) if value > 100 => {
            let ok = store(&key, value).await;
            u32::from(ok) + tag
        }
        Request::Put(key, value) => {
            let size = lookup(&key).await;
            size + value
        }
        Request::Ping => 0,
    }
}

fn main() {
    let requests = [
        Request::Get(String::from("k")),
        Request::Put(String::from("big"), 500),
        Request::Put(String::from("small"), 5),
        Request::Ping,
    ];
    for request in requests {
        println!("{}", block_on(handle(request)));
    }
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
