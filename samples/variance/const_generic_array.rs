//! Variance with const generics
//! `[T; N]` is covariant in T; a const parameter like N has no subtyping at all: it must match exactly.

#[derive(Debug)]
struct Ring<T, const N: usize> {
    items: [T; N],
    head: usize,
}

impl<T: Copy + Default, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { items: [T::default(); N], head: 0 }
    }

    fn push(&mut self, value: T) {
        self.items[self.head % N] = value;
        self.head += 1;
    }

    fn latest(&self) -> Option<T> {
        (self.head > 0).then(|| self.items[(self.head - 1) % N])
    }
}

// Covariant in T: a ring of 'static strings is also a ring of shorter strings.
fn relax<'a, const N: usize>(ring: Ring<&'static str, N>) -> Ring<&'a str, N> {
    ring
}

// A const argument that is an expression must be written in braces.
fn widen<T: Copy + Default, const N: usize>(ring: &Ring<T, N>) -> Ring<T, { 4 + 1 }> {
    let mut out = Ring::new();
    ring.items.iter().for_each(|&item| out.push(item));
    out
}

// fn resize(r: Ring<u8, 4>) -> Ring<u8, 8> { r }
// error[E0308]: mismatched types (expected `8`, found `4`)

fn main() {
    let mut words: Ring<&'static str, 3> = Ring::new();
    words.push("one");
    words.push("two");
    let local = String::from("three (local)");
    let mut words = relax(words);
    words.push(&local);
    words.push("four");
    println!("{:?}, latest = {:?}", words.items, words.latest());

    let mut numbers = Ring::<u16, 4>::new();
    (1..=6).for_each(|n| numbers.push(n * 100));
    println!("{:?} -> {:?}", numbers, widen(&numbers).items);
}
