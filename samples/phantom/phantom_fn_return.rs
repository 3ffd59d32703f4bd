//! PhantomData<fn() -> T>: produces T, owns none
//! A factory that only makes `T`s is covariant in T and stays Send + Sync whatever T is.

use std::marker::PhantomData;
use std::rc::Rc;

// With PhantomData<T>, Factory<Rc<u8>> would be !Send just because Rc is.
// `fn() -> T` says "this hands out T values" without owning one: covariant,
// always Send + Sync, and no drop-check obligations.
struct Factory<T> {
    made: usize,
    _produces: PhantomData<fn() -> T>,
}

trait Make {
    fn make(n: usize) -> Self;
}

impl Make for Rc<String> {
    fn make(n: usize) -> Self {
        Rc::new(format!("item #{n}"))
    }
}

impl Make for u64 {
    fn make(n: usize) -> Self {
        n as u64 * 1_000
    }
}

impl<T: Make> Factory<T> {
    fn new() -> Self {
        Factory { made: 0, _produces: PhantomData }
    }

    fn next(&mut self) -> T {
        self.made += 1;
        T::make(self.made)
    }
}

fn assert_send_sync<T: Send + Sync>(_: &T) {}

// Covariant in T: a factory of 'static strs is a factory of shorter strs.
fn relax<'a>(f: Factory<&'static str>) -> Factory<&'a str> {
    f
}

fn main() {
    let mut strings: Factory<Rc<String>> = Factory::new();
    // Compiles even though Rc<String> is neither Send nor Sync.
    assert_send_sync(&strings);
    let first = strings.next();
    let second = strings.next();
    println!("{first}, {second}");

    let mut numbers = Factory::<u64>::new();
    let produced: Vec<u64> = (0..3).map(|_| numbers.next()).collect();
    println!("{produced:?}");

    let relaxed = relax(Factory { made: 0, _produces: PhantomData });
    println!("relaxed factory made {}", relaxed.made);
}
