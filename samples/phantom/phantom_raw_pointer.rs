//! PhantomData<*const T>: opting out of Send and Sync
//! A handle tied to one thread uses a raw-pointer marker so the compiler refuses to move or share it across threads.

use std::cell::RefCell;
use std::marker::PhantomData;

thread_local! {
    static REGISTRY: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

// A handle into this thread's registry. Using it on another thread would
// look at the wrong thread-local, so it must be !Send and !Sync.
// `*const ()` is neither Send nor Sync, and PhantomData passes that on.
struct LocalHandle {
    index: usize,
    _not_send: PhantomData<*const ()>,
}

impl LocalHandle {
    fn register(name: &str) -> Self {
        let index = REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            r.push(name.to_owned());
            r.len() - 1
        });
        LocalHandle { index, _not_send: PhantomData }
    }

    fn name(&self) -> String {
        REGISTRY.with(|r| r.borrow()[self.index].clone())
    }
}

// The same marker with a type parameter: covariant in T, but !Send + !Sync.
struct Borrowed<T> {
    value: usize,
    _marker: PhantomData<*const T>,
}

// If the type IS safe to share after all, an unsafe impl restores Send.
struct Tagged<T> {
    tag: u32,
    _marker: PhantomData<*const T>,
}
// SAFETY: Tagged holds no T and no pointer; the marker only records the type.
unsafe impl<T> Send for Tagged<T> {}

fn require_send<T: Send>(_: &T) {}

fn main() {
    let handle = LocalHandle::register("main-thread");
    println!("handle {} -> {}", handle.index, handle.name());

    // std::thread::spawn(move || handle.name());
    // error[E0277]: `*const ()` cannot be sent between threads safely

    let borrowed: Borrowed<u8> = Borrowed { value: 3, _marker: PhantomData };
    // require_send(&borrowed); // error[E0277]: `*const u8` cannot be sent between threads safely
    let tagged: Tagged<u8> = Tagged { tag: 9, _marker: PhantomData };
    require_send(&tagged);

    let worker = std::thread::spawn(move || tagged.tag * 2);
    println!("borrowed {} / tagged doubled {}", borrowed.value, worker.join().unwrap());
}
