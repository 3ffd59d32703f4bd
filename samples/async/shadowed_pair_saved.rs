//! Two saved locals with one name
//! A shadowed binding that is still borrowed keeps its own slot next to the new one of the same name.

use std::future::Future;

async fn pause() {}

async fn measure(text: &str) -> usize {
    text.len()
}

// Look at: both `word`s are saved at the second await: the first is borrowed
// by the second, and the second is used after the await.
async fn two_words() -> usize {
    let word = String::from("shadow");
    let word = &word[1..];
    pause().await;
    let n = measure(word).await;
    n + word.len()
}

// A shadowed Copy value that is not used again is not saved.
async fn counters() -> u32 {
    let count = 1u32;
    let count = count + 1;
    pause().await;
    count * 2
}

fn main() {
    println!("{} {}", block_on(two_words()), block_on(counters()));
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
