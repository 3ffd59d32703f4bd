// What capturing a place does to the enclosing async fn: a partial move keeps the local saved while the rest
// needs drop; a place behind a reference borrows the pointee, not the local; captures pass through nested blocks.
use std::future::Future;

async fn leaf() {}

struct Pair { a: String, b: u32 }
struct Guarded { a: String }
impl Drop for Guarded { fn drop(&mut self) {} }
struct Nest { inner: Pair, tag: String }

struct Two { a: String, c: String }

async fn o1(p: Pair) -> usize {
    let f = async move { p.a.len() };
    leaf().await;
    f.await
}
async fn o2(t: Two) -> usize {
    let f = async move { t.a.len() };
    leaf().await;
    f.await
}
async fn o3(t: Two) -> usize {
    let f = async { drop(t.a); 1 };
    leaf().await;
    f.await
}
async fn o4(t: Two) -> usize {
    let f = async { t.a.len() };
    leaf().await;
    f.await
}
async fn o5(t: Two) -> usize {
    let f = async move { t.a.len() + t.c.len() };
    leaf().await;
    f.await
}
async fn o6(n: Nest) -> usize {
    let f = async move { n.inner.a.len() };
    leaf().await;
    f.await
}
async fn o7(n: Nest) -> usize {
    let n2 = n;
    let inner = async move {
        let g = async move { n2.tag.len() };
        leaf().await;
        g.await
    };
    inner.await
}
async fn o8(r: &Two) -> usize {
    let f = async { r.a.len() };
    leaf().await;
    f.await
}
async fn o9(g: Guarded) -> usize {
    let f = async { g.a.len() };
    leaf().await;
    f.await
}

fn main() {
    block_on(o1(Pair { a: String::new(), b: 1 }));
    block_on(o2(Two { a: String::new(), c: String::new() }));
    block_on(o3(Two { a: String::new(), c: String::new() }));
    block_on(o4(Two { a: String::new(), c: String::new() }));
    block_on(o5(Two { a: String::new(), c: String::new() }));
    block_on(o6(Nest { inner: Pair { a: String::new(), b: 1 }, tag: String::new() }));
    block_on(o7(Nest { inner: Pair { a: String::new(), b: 1 }, tag: String::new() }));
    block_on(o8(&Two { a: String::new(), c: String::new() }));
    block_on(o9(Guarded { a: String::new() }));
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
