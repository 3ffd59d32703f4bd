//! A temporary living across an await
//! `f(&String::from("x")).await` keeps the temporary String alive until the end of the statement.

use std::future::Future;

async fn greet(name: &str) -> usize {
    println!("hello, {name}");
    name.len()
}

async fn run() -> usize {
    // Look at: the String created here is a temporary. Temporaries live until the
    // end of the enclosing statement, which is after the await, so the String is
    // saved in the future while it is suspended.
    let a = greet(&String::from("temporary")).await;

    // Binding the String first makes the same lifetime visible as a named local.
    let name = String::from("named");
    let b = greet(&name).await;

    // A temporary in a `match` scrutinee also lives through the whole match.
    let c = match greet(&format!("{a}-{b}")).await {
        0 => 0,
        n => n * 2,
    };
    a + b + c
}

fn main() {
    println!("total: {}", block_on(run()));
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
