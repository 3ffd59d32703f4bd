//! Associated types and GATs
//! An associated type fixes one output type per impl; a generic associated type can borrow from `self`.

// A classic associated type: each container says what it yields.
trait Container {
    type Item;
    const KIND: &'static str;

    fn items(&self) -> Vec<Self::Item>;
}

struct Shelf {
    books: Vec<String>,
}

impl Container for Shelf {
    type Item = String;
    const KIND: &'static str = "shelf";

    fn items(&self) -> Vec<String> {
        self.books.clone()
    }
}

// A GAT: the window type is generic over the lifetime of the borrow of self,
// so `next` can hand out slices that point into the iterator's own buffer.
trait LendingIterator {
    type Item<'a>
    where
        Self: 'a;

    fn next<'a>(&'a mut self) -> Option<Self::Item<'a>>;
}

struct Windows {
    buffer: Vec<u32>,
    size: usize,
    start: usize,
}

impl LendingIterator for Windows {
    type Item<'a> = &'a mut [u32];

    fn next<'a>(&'a mut self) -> Option<&'a mut [u32]> {
        let end = self.start + self.size;
        if end > self.buffer.len() {
            return None;
        }
        let window = &mut self.buffer[self.start..end];
        self.start += 1;
        Some(window)
    }
}

// Using an associated type in a bound: `Iterator<Item = ...>`.
fn total_length<C>(container: &C) -> usize
where
    C: Container,
    C::Item: AsRef<str>,
{
    container.items().iter().map(|item| item.as_ref().len()).sum()
}

// A qualified path names the associated type of a specific impl.
fn first_item<C: Container>(c: &C) -> Option<<C as Container>::Item> {
    c.items().into_iter().next()
}

fn main() {
    let shelf = Shelf { books: vec!["Dune".into(), "Emma".into(), "Ulysses".into()] };
    println!("{} has {} letters; first {:?}", Shelf::KIND, total_length(&shelf), first_item(&shelf));

    let mut windows = Windows { buffer: vec![1, 2, 3, 4, 5], size: 3, start: 0 };
    while let Some(window) = windows.next() {
        window[0] *= 10; // a mutable window into the iterator's own buffer
        println!("window {window:?}");
    }
    println!("buffer afterwards: {:?}", windows.buffer);
}
