//! Operands held across an await
//! In `a + f().await` and `v.push(x.await)`, what was evaluated before the await must be kept in the future.

use std::future::Future;

async fn fetch(n: u32) -> u32 {
    n + 1
}

async fn sum_two(a: u32) -> u32 {
    a + fetch(a).await
}

async fn collect(count: u32) -> Vec<u32> {
    let mut values = Vec::new();
    for i in 0..count {
        values.push(fetch(i).await);
    }
    values
}

async fn lengths(words: Vec<String>) -> usize {
    let first = words[0].clone();
    first.len() + fetch(words.len() as u32).await as usize
}

async fn args_in_order(x: u32) -> u32 {
    let base = x * 2;
    add(base, fetch(x).await)
}

fn add(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    println!("{}", block_on(sum_two(3)));
    println!("{:?}", block_on(collect(3)));
    println!("{}", block_on(lengths(vec![String::from("a"), String::from("bc")])));
    println!("{}", block_on(args_in_order(4)));
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
