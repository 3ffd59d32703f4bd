package dev.rxray.syntax.tree;

import java.util.LinkedHashMap;
import java.util.Map;

/** One small Rust snippet per construct family; each has a golden tree under {@code src/test/resources/trees}. */
final class Snippets {
    private Snippets() {
    }

    static Map<String, String> all() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("item-fn-qualifiers", """
                fn plain() {}
                pub async fn fetch(url: &str) -> Result<String, Error> { todo!() }
                pub(crate) const fn square(x: u32) -> u32 { x * x }
                unsafe extern "C" fn callback(data: *mut c_void) {}
                extern fn old_style() {}
                const unsafe fn both() {}
                """);
        s.put("item-fn-receivers", """
                impl Counter {
                    fn by_value(self) {}
                    fn by_mut_value(mut self) {}
                    fn by_ref(&self) -> u32 { self.n }
                    fn by_mut(&mut self) { self.n += 1; }
                    fn with_lifetime<'a>(&'a mut self) -> &'a u32 { &self.n }
                    fn pinned(self: Pin<&mut Self>) {}
                    fn boxed(self: Box<Self>) {}
                }
                """);
        s.put("item-struct", """
                /// A point.
                #[derive(Debug, Clone)]
                pub struct Point { pub x: f64, pub(crate) y: f64 }
                struct Pair<T>(T, pub T);
                struct Unit;
                struct Wrapper<'a, T: ?Sized + 'a> where T: Debug { inner: &'a T }
                """);
        s.put("item-enum", """
                #[repr(u8)]
                enum Color { Red = 1, Green = 2, #[default] Blue }
                pub enum Shape { Circle { radius: f64 }, Rect(f64, f64), Empty }
                """);
        s.put("item-union", """
                #[repr(C)]
                union IntOrFloat { i: u32, f: f32 }
                """);
        s.put("item-trait", """
                pub unsafe trait Zeroable {}
                trait Shape: Debug + Clone + 'static {
                    const SIDES: u32;
                    const NAME: &'static str = "shape";
                    type Output;
                    type Item<'a>: Iterator<Item = &'a u8> where Self: 'a;
                    fn area(&self) -> f64;
                    fn describe(&self) -> String { format!("{}", Self::NAME) }
                }
                """);
        s.put("item-impl", """
                impl<T> Stack<T> { pub fn new() -> Self { Stack { items: Vec::new() } } }
                impl<T: Display> fmt::Display for Wrapper<T> {
                    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "[{}]", self.0) }
                }
                unsafe impl Send for Handle {}
                impl !Sync for Cell {}
                impl<T> Iterator for Counter<T> where T: Copy {
                    type Item = T;
                    default fn next(&mut self) -> Option<T> { None }
                }
                """);
        s.put("item-type-const-static", """
                type Map<K, V = String> = HashMap<K, V>;
                pub const MAX: usize = 1 << 10;
                const _: () = ();
                static GREETING: &str = "hi";
                static mut COUNTER: u64 = 0;
                """);
        s.put("item-use", """
                use std::collections::HashMap;
                use std::io::{self, Read, Write as _};
                use std::fmt::*;
                pub use crate::inner::{a::{b, c}, d as e};
                use ::core::mem;
                """);
        s.put("item-mod-extern", """
                #![allow(dead_code)]
                //! Crate docs.
                mod inline {
                    #![allow(unused)]
                    pub(super) fn f() {}
                    pub(in crate::inline) struct S;
                    pub(self) struct T;
                }
                mod other;
                extern crate alloc;
                extern crate std as core_std;
                extern "C" {
                    fn abs(x: i32) -> i32;
                    static errno: i32;
                    fn printf(fmt: *const u8, ...) -> i32;
                }
                """);
        s.put("item-macros", """
                macro_rules! square {
                    ($x:expr) => { $x * $x };
                }
                thread_local! { static DEPTH: Cell<u32> = Cell::new(0); }
                lazy_static::lazy_static!(static ref X: u8 = 1;);
                """);
        s.put("generics", """
                fn longest<'a, 'b: 'a, T: ?Sized + Display, const N: usize, U = u8>(x: &'a T) -> &'b str
                where
                    T: for<'c> Fn(&'c u8) -> bool + Send,
                    'a: 'b,
                {
                    ""
                }
                struct Buf<const N: usize = 4>([u8; N]);
                fn plus_one() -> Buf<{ N + 1 }> { todo!() }
                """);
        s.put("types", """
                fn types(
                    a: &'a mut Vec<u8>,
                    b: *const u8,
                    c: *mut [u8],
                    d: unsafe extern "C" fn(i32, ...) -> i32,
                    e: for<'x> fn(&'x u8) -> &'x u8,
                    f: Box<dyn Fn(u8) -> u8 + Send + 'static>,
                    g: impl Iterator<Item = u8> + '_,
                    h: (u8, (), (u16,)),
                    i: [u8; 4],
                    j: &[u8],
                    k: !,
                    l: Vec<_>,
                    m: <T as Iterator>::Item,
                    n: Self::Item<'a>,
                    o: Box<dyn ?Sized>,
                    p: my_type!(u8),
                ) {}
                """);
        s.put("statements", """
                fn statements() {
                    let x;
                    let y: u32 = 1;
                    let Some(z) = opt else { return; };
                    ;
                    fn inner() {}
                    println!("{y}");
                    foo();
                    if y > 0 { bar() }
                    y
                }
                """);
        s.put("expr-operators", """
                fn ops() {
                    let a = -x + !y * *z / 2 % 3 - 4;
                    let b = a << 1 >> 2 & 3 ^ 4 | 5;
                    let c = a == b && b != c || a < b && a > b || a <= b && a >= b;
                    let d = &x;
                    let e = &mut x;
                    let f = &raw const x;
                    a = b;
                    a += 1; a -= 1; a *= 2; a /= 2; a %= 2; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1;
                    let g = x as u64 as f64;
                    let h = (a + b) * c;
                }
                """);
        s.put("expr-ranges", """
                fn ranges() {
                    let all = ..;
                    let from = a..;
                    let to = ..b;
                    let half = a..b;
                    let to_incl = ..=b;
                    let incl = a..=b;
                }
                """);
        s.put("expr-attributed", """
                fn attributed(v: Vec<u8>) -> usize {
                    let n = #[allow(unused_parens)] (v.len());
                    let total = #[rustfmt::skip] vec![1, 2, 3];
                    n + total.len()
                }
                """);
        s.put("expr-postfix", """
                async fn postfix() -> Result<(), E> {
                    let a = read()?;
                    let b = fetch().await?;
                    let c = v.iter().map(|x| x + 1).collect::<Vec<u32>>();
                    let d = point.x;
                    let e = pair.0.1;
                    let f = items[i + 1];
                    let g = Vec::<u8>::with_capacity(4);
                    Ok(())
                }
                """);
        s.put("expr-closures", """
                fn closures() {
                    let a = || 1;
                    let b = |x| x * 2;
                    let c = move |x: u32, y: &str| -> u32 { x };
                    let d = async move || { work().await };
                    let e = async |x| x;
                    let f = |(a, b): (u8, u8), _| a + b;
                }
                """);
        s.put("expr-blocks", """
                fn blocks() {
                    let a = { 1 };
                    let b = async { 2 };
                    let c = async move { data.len() };
                    let d = unsafe { *ptr };
                    let e = const { 1 + 2 };
                    let f = 'outer: { break 'outer 5; };
                }
                """);
        s.put("expr-if-match", """
                fn branching() {
                    if a { 1 } else if b { 2 } else { 3 };
                    if let Some(x) = opt { x } else { 0 };
                    if let Some(x) = opt { x } else if let Ok(y) = parse(s) { y } else { 0 };
                    match value {
                        0 => "zero",
                        1 | 2 => "small",
                        n if n < 0 => "negative",
                        Some(x) => { x }
                        _ => "other",
                    };
                }
                """);
        s.put("expr-loops", """
                fn loops() {
                    while i < 10 { i += 1; }
                    while let Some(x) = stack.pop() { drop(x); }
                    for (i, x) in v.iter().enumerate() { continue; }
                    'outer: loop {
                        'inner: for x in 0..10 {
                            if x == 3 { continue 'outer; }
                            break 'outer;
                        }
                    }
                    let v = loop { break 42; };
                    return;
                }
                fn early(x: u8) -> u8 { return x + 1; }
                """);
        s.put("expr-literals-structs", """
                fn literals() {
                    let a = (1_000u64, 1e10f64, 0x_FF, 2.5, 5usize, 3isize, 2E3, 'c', b'b', "s", r#"raw"#, b"bytes", c"cstr", true, false);
                    let b = Point { x: 1, y };
                    let c = Point { x: 1, ..Default::default() };
                    let d = [1, 2, 3];
                    let e = [0u8; 16];
                    let f = ();
                    let g = (1,);
                    let h = S { 0: a };
                    (_, y) = pair;
                    let r#type = r#match;
                }
                """);
        s.put("expr-no-struct-literal-heads", """
                fn heads() {
                    if x == Foo { }
                    match x { _ => {} }
                    for i in items { }
                    while flag { }
                }
                """);
        s.put("patterns", """
                fn patterns() {
                    match v {
                        1 | -1 => {}
                        'a'..='z' | 0..10 | 100.. | ..=5 => {}
                        ref r => {}
                        ref mut m => {}
                        mut n @ 1..=9 => {}
                        name @ Some(_) => {}
                        (a, .., z) => {}
                        [first, rest @ ..] => {}
                        Point { x: 0, ref y, .. } => {}
                        Some(Ok(x)) => {}
                        Ordering::Less => {}
                        None => {}
                        &mut (a, b) => {}
                        &[a] => {}
                        "str" | b'x' | true => {}
                        (x) => {}
                        my_pat!() => {}
                        _ => {}
                    }
                }
                """);
        s.put("macro-arguments", """
                fn macros() {
                    println!("{x} {y:?} {0} {{z}} {}", a, b + 1);
                    print!("{}", x);
                    eprintln!("{name}", name = value);
                    let s = format!("{a}-{b:>width$}");
                    write!(f, "{}:{count}", self.0)?;
                    writeln!(out)?;
                    let v = vec![1, 2, 3];
                    let w = vec![0; n];
                    assert!(a < b, "{a} too big");
                    assert_eq!(left, right, "values {left} {right}");
                    assert_ne!(a, b);
                    debug_assert!(ok);
                    debug_assert_eq!(x, 1);
                    panic!("bad {state}");
                    let d = dbg!(x * 2);
                    let m = matches!(c, 'a'..='z' | 'A'..='Z');
                    let g = matches!(o, Some(x) if x > 2);
                    unreachable!();
                    todo!("later {item}");
                    custom!(anything goes => here);
                    std::println!("{q}");
                }
                """);
        s.put("attributes-docs", """
                //! Inner doc.
                #![no_std]
                /// Outer doc line one.
                /// Line two.
                /** Block doc. */
                #[inline(always)]
                #[cfg_attr(test, derive(Debug))]
                #[doc = "explicit"]
                pub fn documented(#[allow(unused)] x: u8) {}
                """);
        s.put("edge-cases", """
                struct Documented {
                    /// The first field.
                    #[allow(dead_code)]
                    first: u8,
                }
                auto trait Marker {}
                unsafe extern "C" { fn f(); }
                thread_local!(static A: u8 = 0;);
                macro_rules! m { () => {} };
                fn edges(x: &&u8) -> Box<Error + Send> {
                    let r = &&raw mut v;
                    let t = vec![(vec![1], dbg!(a)), (vec![], b)];
                    match x { _ => {} };
                    m! { };
                    _ = f();
                    let n = 'l: { break 'l 1 };
                    let s = S { a, ..Default::default() };
                    unsafe { g() }.unwrap();
                    loop {}
                }
                fn capture() -> impl Sized + use<'a, T> {}
                """);
        return s;
    }
}
