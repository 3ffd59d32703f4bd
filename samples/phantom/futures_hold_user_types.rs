//! Futures that hold the file's own types
//! A future is Send or Sync only when all it holds across an await is: a struct with an `Rc` makes it neither, one with a `Cell` not Sync.

use std::cell::Cell;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

struct Counter {
    shared: Rc<u32>,
}

struct Tally {
    count: Cell<u32>,
}

struct Shared {
    inner: Arc<Mutex<u32>>,
}

enum Slot {
    Empty,
    Local(Rc<u32>),
}

struct Wrapper<T> {
    inner: T,
}

struct Boxed<T> {
    inner: Pin<Box<T>>,
}

struct Marker<T> {
    _made_by: PhantomData<fn() -> T>,
}

async fn tick() {}

async fn holds_counter() -> u32 {
    let c = Counter { shared: Rc::new(1) };
    tick().await;
    *c.shared
}

async fn holds_tally() -> u32 {
    let t = Tally { count: Cell::new(0) };
    tick().await;
    t.count.set(t.count.get() + 1);
    t.count.get()
}

async fn holds_reference_to_tally() -> u32 {
    let t = Tally { count: Cell::new(2) };
    let r = &t;
    tick().await;
    r.count.get()
}

async fn holds_shared() -> u32 {
    let s = Shared { inner: Arc::new(Mutex::new(3)) };
    tick().await;
    let value = *s.inner.lock().unwrap();
    value
}

async fn drops_counter_first() -> u32 {
    let n = {
        let c = Counter { shared: Rc::new(4) };
        *c.shared
    };
    tick().await;
    n
}

async fn holds_slot() -> u32 {
    let slot = Slot::Local(Rc::new(5));
    tick().await;
    match slot {
        Slot::Empty => 0,
        Slot::Local(rc) => *rc,
    }
}

async fn takes_counter(c: Counter) -> u32 {
    tick().await;
    *c.shared
}

async fn awaits_holds_counter() -> u32 {
    holds_counter().await + 1
}

fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}

fn main() {
    let wrapped = Wrapper { inner: holds_counter() };
    let boxed = Boxed { inner: Box::pin(holds_shared()) };
    let marker: Marker<u32> = Marker { _made_by: PhantomData };
    let _ = marker._made_by;
    let total = block_on(wrapped.inner) + block_on(boxed.inner) + block_on(holds_tally())
        + block_on(holds_reference_to_tally()) + block_on(drops_counter_first()) + block_on(holds_slot())
        + block_on(takes_counter(Counter { shared: Rc::new(6) })) + block_on(awaits_holds_counter());
    let _ = Slot::Empty;
    println!("{total}");
}
