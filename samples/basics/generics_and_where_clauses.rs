//! Generics with trait bounds and where clauses
//! Inline bounds, `where` clauses, `?Sized`, defaults and higher-ranked bounds on one small statistics module.

use std::collections::BTreeMap;
use std::fmt::{Debug, Display};
use std::ops::Add;

// Inline bounds on the type parameter.
fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut iter = items.iter().copied();
    let first = iter.next()?;
    Some(iter.fold(first, |best, x| if x > best { x } else { best }))
}

// A where clause reads better once bounds get long.
fn sum_and_show<T, I>(items: I) -> String
where
    I: IntoIterator<Item = T>,
    T: Add<Output = T> + Default + Display,
{
    let total = items.into_iter().fold(T::default(), |acc, x| acc + x);
    format!("total = {total}")
}

// `?Sized` lets T be a slice or str behind the reference.
fn describe<T: Debug + ?Sized>(label: &str, value: &T) -> String {
    format!("{label}: {value:?}")
}

// A type parameter with a default, like HashMap's hasher.
struct Histogram<K: Ord, C = u32> {
    counts: BTreeMap<K, C>,
}

impl<K: Ord + Clone> Histogram<K> {
    fn from_items<'a, I>(items: I) -> Self
    where
        I: IntoIterator<Item = &'a K>,
        K: 'a,
    {
        let mut counts = BTreeMap::new();
        for k in items {
            *counts.entry(k.clone()).or_insert(0) += 1;
        }
        Histogram { counts }
    }
}

// A higher-ranked bound: `f` must accept a &str of any lifetime.
fn apply_to_words<F>(text: &str, f: F) -> Vec<usize>
where
    F: for<'w> Fn(&'w str) -> usize,
{
    text.split_whitespace().map(f).collect()
}

fn main() {
    println!("{:?} {:?}", largest(&[3, 9, 2]), largest::<f64>(&[]));
    println!("{}", sum_and_show(vec![1.5, 2.25]));
    println!("{}", describe("slice", &[1, 2, 3][..]));
    println!("{}", describe("str", "hello"));

    let words = ["a", "b", "a", "c", "a"];
    let hist: Histogram<&str> = Histogram::from_items(words.iter());
    for (word, count) in &hist.counts {
        println!("{word}: {}", "*".repeat(*count as usize));
    }
    println!("{:?}", apply_to_words("generic code reads well", str::len));
}
