//! A trait with an async fn
//! `async fn` in traits (stable since 1.75): each impl has its own hidden future type.

use std::future::Future;

trait Storage {
    async fn load(&self, key: &str) -> Option<String>;

    // A default async body can call the other async methods.
    async fn load_or(&self, key: &str, fallback: &str) -> String {
        match self.load(key).await {
            Some(value) => value,
            None => fallback.to_owned(),
        }
    }
}

struct MemoryStorage {
    pairs: Vec<(&'static str, &'static str)>,
}

struct UpperStorage<S> {
    inner: S,
}

impl Storage for MemoryStorage {
    async fn load(&self, key: &str) -> Option<String> {
        self.pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())
    }
}

// An impl that wraps another storage awaits the inner future inside its own.
impl<S: Storage> Storage for UpperStorage<S> {
    async fn load(&self, key: &str) -> Option<String> {
        let value = self.inner.load(key).await?;
        Some(value.to_uppercase())
    }
}

// Static dispatch: the caller is generic over the trait. (An async fn in a trait
// makes it not dyn-compatible, so `&dyn Storage` is not allowed.)
async fn print_settings<S: Storage>(storage: &S) {
    for key in ["theme", "font", "size"] {
        let value = storage.load_or(key, "<default>").await;
        println!("  {key} = {value}");
    }
}

fn main() {
    let memory = MemoryStorage { pairs: vec![("theme", "dark"), ("font", "mono")] };
    println!("memory:");
    block_on(print_settings(&memory));

    let upper = UpperStorage { inner: memory };
    println!("upper:");
    block_on(print_settings(&upper));
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
