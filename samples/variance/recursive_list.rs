//! Variance of a recursive type
//! `List<T>` mentions itself through `Option<Box<...>>`; its variance is the fixed point: covariant in T.

#[derive(Debug)]
struct List<T> {
    value: T,
    next: Option<Box<List<T>>>,
}

impl<T> List<T> {
    fn single(value: T) -> Self {
        List { value, next: None }
    }

    fn push_front(self, value: T) -> Self {
        List { value, next: Some(Box::new(self)) }
    }

    fn len(&self) -> usize {
        1 + self.next.as_ref().map_or(0, |rest| rest.len())
    }

    fn iter(&self) -> Iter<'_, T> {
        Iter { current: Some(self) }
    }
}

struct Iter<'a, T> {
    current: Option<&'a List<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        let node = self.current?;
        self.current = node.next.as_deref();
        Some(&node.value)
    }
}

// Compiles because List<T> is covariant in T: List<&'static str> <: List<&'a str>.
fn relax<'a>(list: List<&'static str>) -> List<&'a str> {
    list
}

// A recursive type with a Cell would be invariant in T instead:
// struct CellList<T> { value: std::cell::Cell<T>, next: Option<Box<CellList<T>>> }

fn main() {
    let list = List::single("c").push_front("b").push_front("a");
    let local = String::from("local");
    // After relaxing, a shorter-lived &str can be pushed in front.
    let list = relax(list).push_front(&local);
    println!("{} items: {:?}", list.len(), list.iter().collect::<Vec<_>>());
}
