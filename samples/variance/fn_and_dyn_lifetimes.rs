//! Lifetimes seen only through fn pointers and trait objects
//! A lifetime in a fn argument flips to contravariant; inside the arguments of `dyn Trait<..>` it is invariant.

use std::fmt::Debug;

// 'a only appears as an argument type: contravariant.
struct Callback<'a> {
    call: fn(&'a str) -> usize,
}

// Higher-ranked: `for<'x>` binds its own lifetime, so only 'out is the struct's (and covariant, in the return).
struct Parser<'out> {
    parse: for<'x> fn(&'x str) -> &'out str,
    raw: unsafe extern "C" fn(i32) -> i32,
}

// Arguments of a trait object are invariant, its lifetime bound covariant.
struct Visitor<'a, T> {
    visit: Box<dyn FnMut(&'a T) + 'a>,
    label: Box<dyn Debug + Send + 'a>,
}

// Mutually recursive: a tree's forest and a forest's trees; the fixed point is covariant.
struct Tree<T> {
    value: T,
    children: Forest<T>,
}

struct Forest<T> {
    trees: Vec<Tree<T>>,
}

// Nesting through a user type keeps its variance: Cached<T> is invariant because Memo<T> is.
struct Memo<T> {
    cell: std::cell::Cell<Option<T>>,
}

struct Cached<'a, T> {
    memo: &'a Memo<T>,
}

extern "C" fn negate(x: i32) -> i32 {
    -x
}

fn first_word(text: &str) -> &'static str {
    if text.starts_with('a') { "a-word" } else { "other" }
}

fn main() {
    let callback = Callback { call: str::len };
    let parser = Parser { parse: first_word, raw: negate };
    // SAFETY: `negate` is a plain extern "C" function with no preconditions.
    let raw = unsafe { (parser.raw)(3) };
    println!("{} {} {raw}", (callback.call)("four"), (parser.parse)("apple"));

    let mut count = 0;
    let mut visitor = Visitor { visit: Box::new(|n: &u32| count += *n), label: Box::new("sum") };
    (visitor.visit)(&5);
    (visitor.visit)(&6);
    println!("{:?}", visitor.label);
    drop(visitor);
    println!("visited total {count}");

    let leaf = Tree { value: 2, children: Forest { trees: vec![] } };
    let root = Tree { value: 1, children: Forest { trees: vec![leaf] } };
    println!("root {} has {} child(ren), first {}", root.value, root.children.trees.len(),
        root.children.trees[0].value);

    let memo = Memo { cell: std::cell::Cell::new(Some(9)) };
    let cached = Cached { memo: &memo };
    println!("memo {:?}", cached.memo.cell.take());
}
