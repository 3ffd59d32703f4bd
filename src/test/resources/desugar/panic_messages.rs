// Polls an async fn, an async block and an async closure once more after they finished and after they
// panicked, and prints the panic messages: the oracle for the messages of the desugared `Returned` and
// `Panicked` arms.
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::pin;
use std::task::{Context, Waker};

async fn done() -> u32 {
    1
}

async fn boom(fail: bool) -> u32 {
    if fail {
        panic!("first poll")
    }
    2
}

fn poll_again<F: Future>(future: F) {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let _ = future.as_mut().poll(&mut cx);
    }));
    if let Err(e) = catch_unwind(AssertUnwindSafe(|| {
        let _ = future.as_mut().poll(&mut cx);
    })) {
        let message = e.downcast_ref::<&str>().map(|s| s.to_string())
            .or_else(|| e.downcast_ref::<String>().cloned()).unwrap_or_default();
        println!("{message}");
    }
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    poll_again(done());
    poll_again(boom(true));
    poll_again(async { 3 });
    poll_again(async {
        if true {
            panic!("first poll")
        }
        3
    });
    let finished = async || 4;
    poll_again(finished());
    let failing = async |fail: bool| {
        if fail {
            panic!("first poll")
        }
        4
    };
    poll_again(failing(true));
}
