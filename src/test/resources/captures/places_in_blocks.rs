// Edition 2021 captures of async blocks: fields by value and by reference, through & / &mut / Box, a type with
// its own Drop, an ancestor absorbing its fields, moves out of fields in blocks that are not move.
use std::future::Future;

async fn leaf() {}

struct Pair { a: String, b: u32 }
struct Guarded { a: String }
impl Drop for Guarded { fn drop(&mut self) {} }
struct Nest { inner: Pair, tag: String }

fn c1(p: Pair) -> impl Future<Output = ()> {
    async move { leaf().await; println!("{}", p.a) }
}
fn c2(p: Pair) -> impl Future<Output = ()> {
    async move { leaf().await; println!("{} {}", p.a, p.b) }
}
fn c3(p: &Pair) -> impl Future<Output = ()> + '_ {
    async move { leaf().await; println!("{}", p.a) }
}
fn c4(p: &Pair) -> impl Future<Output = usize> + '_ {
    async { leaf().await; p.a.len() }
}
fn c5(p: Pair) {
    let f = async { leaf().await; p.a.len() };
    block_on(f);
}
fn c6(p: Pair) {
    let f = async { leaf().await; drop(p.a) };
    block_on(f);
}
fn c7(g: Guarded) {
    let f = async move { leaf().await; g.a.len() };
    block_on(f);
}
fn c8(g: Guarded) {
    let f = async { leaf().await; g.a.len() };
    block_on(f);
}
fn c9(n: Nest) {
    let f = async move { leaf().await; n.inner.a.len() + n.tag.len() };
    block_on(f);
}
fn c10(n: Nest) {
    let f = async move { leaf().await; let x = &n.inner; x.a.len() + n.inner.b as usize };
    block_on(f);
}
fn c11(t: (String, u32)) {
    let f = async move { leaf().await; t.0.len() };
    block_on(f);
}
fn c12(b: Box<Pair>) {
    let f = async move { leaf().await; b.a.len() };
    block_on(f);
}
fn c13(b: Box<Pair>) {
    let f = async { leaf().await; b.a.len() };
    block_on(f);
}
fn c14(mut p: Pair) {
    let f = async { leaf().await; p.a.push('x'); p.b += 1 };
    block_on(f);
}
fn c15(p: Pair) {
    let f = async { leaf().await; p.b };
    block_on(f);
}
fn c16(r: &mut Pair) {
    let f = async { leaf().await; r.a.push('x') };
    block_on(f);
}
fn c17(p: Pair) {
    let f = async { leaf().await; let s = p.a; s.len() };
    block_on(f);
}
fn c18(b: Box<Pair>) {
    let f = async { leaf().await; let s = b.a; s.len() };
    block_on(f);
}
struct Counter { hits: u64, name: String }
impl Counter {
    fn bump(&mut self, by: u64) -> u64 {
        let f = async { leaf().await; self.hits += by; self.hits };
        block_on(f)
    }
    fn rename(&mut self, to: String) {
        let f = async { leaf().await; self.name = to; };
        block_on(f)
    }
}
fn c19(a: u32, b: u32) -> u32 {
    let f = async { leaf().await; let s = b + a; s };
    block_on(f)
}

fn main() {
    block_on(c1(Pair { a: String::new(), b: 1 }));
    block_on(c2(Pair { a: String::new(), b: 1 }));
    let p = Pair { a: String::new(), b: 1 };
    block_on(c3(&p));
    block_on(c4(&p));
    c5(Pair { a: String::new(), b: 1 });
    c6(Pair { a: String::new(), b: 1 });
    c7(Guarded { a: String::new() });
    c8(Guarded { a: String::new() });
    c9(Nest { inner: Pair { a: String::new(), b: 1 }, tag: String::new() });
    c10(Nest { inner: Pair { a: String::new(), b: 1 }, tag: String::new() });
    c11((String::new(), 1));
    c12(Box::new(Pair { a: String::new(), b: 1 }));
    c13(Box::new(Pair { a: String::new(), b: 1 }));
    c14(Pair { a: String::new(), b: 1 });
    c15(Pair { a: String::new(), b: 1 });
    let mut q = Pair { a: String::new(), b: 1 };
    c16(&mut q);
    c17(Pair { a: String::new(), b: 1 });
    c18(Box::new(Pair { a: String::new(), b: 1 }));
    let mut counter = Counter { hits: 0, name: String::new() };
    counter.bump(2);
    counter.rename(String::from("x"));
    c19(1, 2);
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
