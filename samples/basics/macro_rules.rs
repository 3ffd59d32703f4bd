//! macro_rules! macros
//! Declarative macros match token patterns with fragment specifiers and repetitions, and expand to code.

use std::collections::HashMap;

// A map literal: `$( ... ),*` repeats, `$(,)?` allows a trailing comma.
macro_rules! hashmap {
    () => { HashMap::new() };
    ($($key:expr => $value:expr),+ $(,)?) => {{
        let mut map = HashMap::new();
        $( map.insert($key, $value); )+
        map
    }};
}

// Generates a struct and a getter per field from one description.
macro_rules! record {
    ($name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Debug, Default)]
        struct $name {
            $($field: $ty),*
        }

        impl $name {
            $(
                fn $field(&self) -> &$ty {
                    &self.$field
                }
            )*
        }
    };
}

record!(Settings { width: u32, title: String, visible: bool });

// Recursion over token trees: count the arguments at compile time.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

// Matching literal tokens and a block: a tiny `unless` statement.
macro_rules! unless {
    ($cond:expr, $body:block) => {
        if !$cond $body
    };
}

// Matches a pattern fragment and produces a bool, like `matches!`.
macro_rules! is_variant {
    ($value:expr, $pat:pat) => {
        match $value {
            $pat => true,
            _ => false,
        }
    };
}

fn main() {
    let ages: HashMap<&str, u32> = hashmap! {
        "ada" => 36,
        "alan" => 41,
    };
    let empty: HashMap<u8, u8> = hashmap!();
    let mut names: Vec<_> = ages.keys().collect();
    names.sort();
    println!("{names:?} ({} empty)", empty.len());

    let settings = Settings { width: 800, title: "Main".into(), ..Default::default() };
    println!("{} {} {} / {settings:?}", settings.width(), settings.title(), settings.visible());

    const N: usize = count!(a b c d);
    println!("counted {N} tokens");

    unless!(settings.visible, {
        println!("window is hidden");
    });
    println!("is some: {}", is_variant!(Some(3), Some(1..=5)));
}
