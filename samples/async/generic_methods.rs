//! Generic async methods
//! Async methods of a generic type and a trait impl: one state machine per definition, instantiated per type.

use std::fmt::Display;
use std::future::Future;

struct Wrapper<T> {
    value: T,
}

async fn render<T: Display>(value: &T) -> String {
    format!("<{value}>")
}

impl<T: Display> Wrapper<T> {
    async fn describe(&self, prefix: &str) -> String {
        let body = render(&self.value).await;
        let tail = render(&prefix).await;
        format!("{body}{tail}")
    }

    async fn into_text(self) -> String {
        let text = render(&self.value).await;
        text + "!"
    }
}

trait Describe {
    async fn name(&self) -> String;
}

impl Describe for Wrapper<u8> {
    async fn name(&self) -> String {
        let inner = render(&self.value).await;
        inner.to_uppercase()
    }
}

fn main() {
    let w = Wrapper { value: 3u8 };
    println!("{}", block_on(w.describe("x")));
    println!("{}", block_on(w.name()));
    println!("{}", block_on(w.into_text()));
    let s = Wrapper { value: "text" };
    println!("{}", block_on(s.describe("y")));
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
