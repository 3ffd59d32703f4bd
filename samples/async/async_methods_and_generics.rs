//! Async methods and generic async fns
//! `&self` methods and type parameters become fields of the future, kept in every state.

use std::fmt::Debug;
use std::future::Future;

struct Cache {
    entries: Vec<(String, u32)>,
    hits: u32,
}

impl Cache {
    fn new() -> Self {
        Cache { entries: Vec::new(), hits: 0 }
    }

    async fn compute(key: &str) -> u32 {
        key.bytes().map(u32::from).sum()
    }

    // Look at: the future returned by this method holds `self` (a `&mut Cache`)
    // and `key` in every state, because parameters live for the whole body.
    async fn get(&mut self, key: &str) -> u32 {
        if let Some((_, value)) = self.entries.iter().find(|(k, _)| k == key) {
            self.hits += 1;
            return *value;
        }
        let value = Self::compute(key).await;
        self.entries.push((key.to_owned(), value));
        value
    }
}

// A generic async fn: one state machine per concrete `T` it is called with.
async fn log_all<T, I>(items: I) -> usize
where
    T: Debug,
    I: IntoIterator<Item = T>,
{
    let mut count = 0;
    for item in items {
        show(&item).await;
        count += 1;
    }
    count
}

async fn show<T: Debug + ?Sized>(value: &T) {
    println!("  {value:?}");
}

// `impl Trait` in argument position is generic too.
async fn first_and_last(values: impl AsRef<[i64]>) -> Option<(i64, i64)> {
    let values = values.as_ref();
    Some((*values.first()?, *values.last()?))
}

fn main() {
    let mut cache = Cache::new();
    let a = block_on(cache.get("alpha"));
    let b = block_on(cache.get("alpha"));
    println!("alpha = {a} / {b}, hits = {}", cache.hits);

    let n = block_on(log_all(vec!["x", "y", "z"]));
    let m = block_on(log_all([1.5, 2.5]));
    println!("logged {n} + {m}");
    println!("{:?}", block_on(first_and_last([3, 1, 4, 1, 5])));
    println!("{:?}", block_on(first_and_last(Vec::new())));
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
