//! Shadowing across awaits
//! Three locals named `text`: each shadowed binding is a separate slot in the future.

use std::future::Future;

async fn read_file(path: &str) -> String {
    format!("  contents of {path}  ")
}

async fn translate(text: &str) -> String {
    text.to_uppercase()
}

async fn pipeline(path: &str) -> usize {
    let text = read_file(path).await;
    // Shadowing: a new `text`; the old String is still alive (shadowing does not drop it).
    let text = text.trim();
    // Look at: the first `text` (String) must stay saved across this await,
    // because the second `text` (&str) borrows from it.
    let text = translate(text).await;
    // A third `text`: the length, a plain usize.
    let text = text.len();
    text
}

fn main() {
    println!("length: {}", block_on(pipeline("notes.txt")));
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
