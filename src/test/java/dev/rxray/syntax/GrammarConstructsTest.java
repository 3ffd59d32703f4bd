package dev.rxray.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every construct of Rust 2021 that real crates use parses without a diagnostic. */
class GrammarConstructsTest {

    static Stream<Arguments> snippets() {
        return Stream.of(
                // Items: functions and their qualifiers and receivers.
                of("fn qualifiers", """
                        pub async fn a() {}
                        const fn b() -> u8 { 1 }
                        unsafe fn c() {}
                        pub(crate) const unsafe extern "C" fn d() {}
                        async unsafe fn e() {}
                        extern fn f() {}
                        """),
                of("self receivers", """
                        impl S {
                            fn a(self) {}
                            fn b(&self) {}
                            fn c(&mut self) {}
                            fn d<'a>(&'a mut self, x: u8) -> &'a u8 { &self.0 }
                            fn e(self: Pin<&mut Self>) {}
                            fn f(mut self: Box<Self>) {}
                            fn g(mut self) {}
                        }
                        """),
                of("structs", """
                        struct Unit;
                        struct Tuple(pub u8, pub(crate) String);
                        pub struct Named<'a, T: ?Sized + 'a> where T: Debug { pub a: &'a T, b: u8, }
                        struct Generic<T, const N: usize = 4>([T; N]);
                        """),
                of("enums", """
                        #[repr(u8)]
                        enum E { A = 1, #[default] B, C(u8, u16), D { x: i32 }, }
                        enum Empty {}
                        """),
                of("unions and traits", """
                        union U { a: u32, b: f32 }
                        pub unsafe trait T: Send + Sync + 'static {
                            const N: usize;
                            const M: usize = 3;
                            type Item;
                            type Gat<'a>: Iterator<Item = &'a u8> where Self: 'a;
                            fn default_body(&self) -> u8 { 0 }
                            fn required(&self);
                        }
                        auto trait Marker {}
                        """),
                of("impls", """
                        impl<T> S<T> {}
                        impl<T: Clone> Trait for S<T> where T: Debug {}
                        unsafe impl Send for S {}
                        impl !Send for S {}
                        impl<T> Trait for T { default fn f() {} default type X = u8; }
                        impl dyn Any + Send {}
                        """),
                of("aliases consts statics", """
                        type Alias<T> = Vec<T>;
                        const C: u8 = 1;
                        const _: () = ();
                        static S: &str = "s";
                        static mut M: u8 = 0;
                        """),
                of("use trees", """
                        use std::collections::{HashMap, hash_map::{self, Entry}};
                        use std::io::*;
                        use self::a as b;
                        use super::c as _;
                        use ::std::fmt;
                        use crate::{a, b::c};
                        use {x, y};
                        """),
                of("modules and crates", """
                        #![allow(dead_code)]
                        //! Inner doc.
                        extern crate alloc;
                        extern crate std as other;
                        mod inline { pub fn f() {} }
                        mod outline;
                        pub(in crate::a) mod restricted {}
                        pub(super) fn up() {}
                        extern "C" { fn printf(fmt: *const u8, ...) -> i32; static X: u8; }
                        """),
                of("macro_rules and macro items", """
                        macro_rules! m {
                            ($x:expr) => { $x + 1 };
                            ($($t:tt)*) => {{ }};
                        }
                        macro_rules! p ( () => {} );
                        thread_local! { static X: u8 = 0; }
                        lazy_static::lazy_static! { static ref Y: u8 = 0; }
                        m!(1);
                        """),
                of("attributes and doc comments", """
                        /// Outer doc.
                        /** Block doc. */
                        #[derive(Debug, Clone)]
                        #[cfg_attr(feature = "x", derive(Hash))]
                        #[doc = "text"]
                        #[unsafe(no_mangle)]
                        pub struct S;
                        """),
                // Generics.
                of("generics", """
                        fn f<'a, 'b: 'a, T: ?Sized + Clone + 'a, U = u8, const N: usize>(x: &'a T) where for<'c> T: Fn(&'c u8) -> u8 {}
                        fn g() -> impl Iterator<Item = u8> + 'static { loop {} }
                        fn h<T>() where T: Iterator, T::Item: Copy, [u8; 2]: Sized {}
                        fn k() -> Foo<{ N + 1 }, 3, -1, 'static> { todo!() }
                        fn l<I: Iterator<Item: Copy>>() {}
                        fn m() -> impl Fn() -> u8 + use<> { || 1 }
                        """),
                // Types.
                of("types", """
                        type A = (u8, (i32,), ());
                        type B = [u8; 4];
                        type C = &'static [u8];
                        type D = *const u8;
                        type E = *mut *const u8;
                        type F = fn(u8) -> u8;
                        type G = unsafe extern "C" fn(*const u8, ...) -> i32;
                        type H = for<'a> fn(&'a u8);
                        type I = Box<dyn Fn(&str) -> bool + Send + Sync + 'static>;
                        type J = <T as Iterator>::Item;
                        type K = Self::Assoc<'a>;
                        type L = !;
                        type M = Vec<Vec<Vec<u8>>>;
                        type N = Option<Box<dyn Error + Send>>;
                        type O = HashMap<String, Vec<(u8, &'static str)>>;
                        type P = m!(x);
                        type Q = _;
                        type R = &&mut u8;
                        """),
                // Expressions.
                of("operators", """
                        fn f() {
                            let a = -x + !y * *z / 2 % 3 - (a << 2) >> 1;
                            let b = a & b ^ c | d;
                            let c = a == b && c != d || e < f && g > h && i <= j && k >= l;
                            a += 1; a -= 1; a *= 2; a /= 2; a %= 2; a ^= 1; a &= 1; a |= 1; a <<= 1; a >>= 1;
                            let d = x as u64 as f64;
                            let e = &mut x; let f = &&x; let g = &raw const x; let h = &raw mut x;
                        }
                        """),
                of("ranges", """
                        fn f() { let r = (a..b, a.., ..b, .., a..=b, ..=b); for i in 0..n {} let s = &v[1..]; }
                        """),
                of("postfix", """
                        async fn f() {
                            let v = a.b.c().d::<u8>()[0].0.1.await?;
                            let w = f(1)(2);
                            let t = x.0.1;
                            let m = s.collect::<Vec<_>>();
                            let n = 1.max(2);
                            let o = 1.0.max(2.0);
                            let p = 1. + 2.;
                        }
                        """),
                of("closures", """
                        fn f() {
                            let a = || 1;
                            let b = |x| x + 1;
                            let c = move |x: u8, y: &str| -> u8 { x };
                            let d = async move { 1 };
                            let e = async || {};
                            let g = |&(a, b): &(u8, u8)| a + b;
                            v.iter().map(|x| x * 2).filter(|&x| x > 2).for_each(drop);
                        }
                        """),
                of("blocks", """
                        fn f() {
                            let a = unsafe { *p };
                            let b = async { 1 };
                            let c = const { 1 + 2 };
                            let d = 'outer: { break 'outer 1; };
                            'l: loop { break 'l; }
                            'w: while x { continue 'w; }
                            'f: for i in it { break 'f; }
                            { inner(); }
                            unsafe { call(); }
                        }
                        """),
                of("if and match", """
                        fn f() -> u8 {
                            if a { 1 } else if let Some(x) = y { x } else { 2 };
                            let Some(v) = opt else { return 0 };
                            let v = match x {
                                0 => 1,
                                1 | 2 => { 2 }
                                n if n > 10 => if n > 100 { 3 } else { 4 }
                                Some(ref mut y) => y,
                                _ => unreachable!(),
                            };
                            while let Some(x) = stack.pop() { drop(x); }
                            match x { A => {} B => {} }
                            v
                        }
                        """),
                of("struct literals", """
                        fn f() {
                            let p = Point { x: 1, y, ..Default::default() };
                            let q = S { 0: 1 };
                            let r = Self { a };
                            let s = a::B::<u8> { c: 1 };
                            if x == (S { a: 1 }) {}
                            for x in v.iter().map(|s| S { a: s }) {}
                        }
                        """),
                of("no struct literal in heads", """
                        fn f() {
                            if x == S {}
                            while y {}
                            match s { _ => {} }
                            for i in v {}
                            if let Some(x) = y {}
                            if a.b {} else {}
                        }
                        """),
                of("block-like statements", """
                        fn f() {
                            if c {} *x = 1;
                            match y { _ => {} } -1;
                            loop {} (a, b) = (1, 2);
                            unsafe { f() }.g();
                            match r { _ => Ok(1) }?;
                            unsafe { x.as_mut() }.field = None;
                            if c {};
                            { 1 } & 2;
                        }
                        """),
                of("macros everywhere", """
                        fn f() {
                            println!("{} {x:?}", 1);
                            let v = vec![1, 2, 3];
                            let w = vec![0; 10];
                            assert_eq!(a, b, "msg {}", c);
                            matches!(x, Some(_));
                            let m!(p) = 1;
                            tokio::select! { _ = a => {}, }
                            write!(f, "x")?;
                        }
                        """),
                of("patterns", """
                        fn f() {
                            let (a, mut b, ref c, ref mut d) = t;
                            let [first, .., last] = arr;
                            let [x, rest @ ..] = arr;
                            let S { a, b: B(c, ..), .. } = s;
                            let T(x, _) = t;
                            let &mut (ref x, _) = y;
                            match v {
                                0..=9 | 20.. => {}
                                ..=-1 => {}
                                'a'..='z' => {}
                                b'0' => {}
                                -5 => {}
                                "s" => {}
                                n @ 1..=3 => {}
                                E::A | E::B { .. } => {}
                                <T as Tr>::C => {}
                                [_, _] => {}
                                &&x => {}
                                m!() => {}
                                (1, ..) => {}
                                _ => {}
                            }
                        }
                        """),
                // Lexing.
                of("literals", """
                        fn f() {
                            let a = (1_000u64, 0x_FF, 0o77, 0b1010_1010u8, 1e10, 1e10f64, 2.5E-3, 1f32, 0xffu8, 3usize);
                            let b = ('a', '\\n', '\\'', '\\u{1F600}', b'x', b'\\xff', "s\\"q", b"bytes", c"cstr");
                            let c = (r"raw", r#"has "quotes""#, r##"two "# hashes"##, br"raw bytes", cr"raw c");
                            let r#type = r#match;
                            let l: &'static str = "multi
                        line";
                        }
                        """),
                of("lifetimes vs chars", """
                        fn f<'a>(x: &'a u8) -> &'a u8 { let c = 'a'; let _: &'_ u8 = x; x }
                        """),
                of("comments", """
                        /* outer /* nested */ still comment */
                        //// not a doc comment
                        /*** not a doc comment */
                        /**/
                        fn f() {} // trailing
                        """),
                of("shebang", "#!/usr/bin/env rust-script\nfn main() {}\n"),
                of("inner attribute is not a shebang", "#![allow(x)]\nfn main() {}\n"),
                of("crlf and tabs", "fn main() {\r\n\tlet x = 1;\r\n\tx\r\n}\r\n"),
                of("bom", "\uFEFFfn main() {}\n"),
                of("generic closing brackets", """
                        fn f() {
                            let x: Vec<Vec<u8>>= Vec::new();
                            let y: Option<u8>= None;
                            let z = a >> b >= c;
                            q >>= 2;
                            let w = Vec::<Vec<<T as Tr>::A>>::new();
                        }
                        """),
                of("underscore and destructuring assignment", "fn f() { _ = g(); (a, b) = (b, a); [x, _] = y; S { f, .. } = s; }"),
                of("labels and break values", "fn f() { let x = loop { break 5; }; 'a: loop { 'b: loop { break 'a; } } }"),
                of("return and yield-like", "fn f() -> u8 { if a { return 1; } return; }"),
                of("open range before a loop body", """
                        fn f() { g(|| { for i in 1.. { x(); } }); { for j in 0.. { y(); } } }
                        """),
                of("let chains", """
                        fn f() {
                            if let Some(a) = x && let Some(b) = y && a > b {}
                            if ready && let Ok(v) = rx.try_recv() {}
                            while let Some(n) = it.next() && n > 0 {}
                            match v { Some(n) if n > 1 && let Ok(m) = g(n) => {} _ => {} }
                        }
                        """),
                of("attributes on expressions", "fn f() { g(#[inline(always)] |a, b| a + b); }"),
                of("empty", ""),
                of("nested functions and items in blocks", """
                        fn outer() {
                            fn inner() {}
                            struct Local;
                            impl Local { fn m(&self) {} }
                            use std::fmt;
                            #[allow(unused)]
                            let x = 1;
                            #[cfg(test)]
                            { }
                        }
                        """)
        );
    }

    private static Arguments of(String name, String code) {
        return Arguments.of(name, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void parsesWithoutDiagnostics(String name, String code) {
        ParseResult result = RustSyntax.parse(SourceFile.of(name + ".rs", code));
        assertThat(result.diagnostics()).as(name).isEmpty();
    }

    /** Valid code never needs the slow second stage: SLL prediction alone gets every construct right. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void parsesInTheFirstStage(String name, String code) {
        long before = RustSyntax.llFallbackCount();
        RustSyntax.parse(SourceFile.of(name + ".rs", code));
        assertThat(RustSyntax.llFallbackCount()).as(name).isEqualTo(before);
    }
}
