//! The ? operator in async fns
//! `?` after `.await` returns early from the future: the state machine jumps straight to Returned.

use std::fmt;
use std::future::Future;

#[derive(Debug)]
enum FetchError {
    NotFound(String),
    Parse(std::num::ParseIntError),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::NotFound(key) => write!(f, "no value for {key:?}"),
            FetchError::Parse(e) => write!(f, "bad number: {e}"),
        }
    }
}

// `?` converts the error with `From`, exactly as in a normal fn.
impl From<std::num::ParseIntError> for FetchError {
    fn from(e: std::num::ParseIntError) -> Self {
        FetchError::Parse(e)
    }
}

async fn fetch(key: &str) -> Result<String, FetchError> {
    match key {
        "width" => Ok("640".to_string()),
        "height" => Ok("480".to_string()),
        "depth" => Ok("deep".to_string()),
        other => Err(FetchError::NotFound(other.to_string())),
    }
}

// Look at: each `.await?` is a suspend point followed by an early-return edge.
async fn area(w_key: &str, h_key: &str) -> Result<u64, FetchError> {
    let width: u64 = fetch(w_key).await?.parse()?;
    let height = fetch(h_key).await?.parse::<u64>()?;
    Ok(width * height)
}

fn main() {
    for (w, h) in [("width", "height"), ("width", "depth"), ("length", "height")] {
        match block_on(area(w, h)) {
            Ok(a) => println!("{w} x {h} = {a}"),
            Err(e) => println!("{w} x {h} failed: {e}"),
        }
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
