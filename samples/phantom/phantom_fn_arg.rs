//! PhantomData<fn(T)>: consumes T, contravariant
//! A handler that only accepts `T`s is contravariant in T: the subtyping arrow flips.

use std::marker::PhantomData;

// A validator for values of type T. It never stores a T; it only takes them in.
struct Validator<T> {
    rules: Vec<fn(&str) -> bool>,
    _consumes: PhantomData<fn(T)>,
}

impl<'a> Validator<&'a str> {
    fn new() -> Self {
        Validator { rules: Vec::new(), _consumes: PhantomData }
    }

    fn rule(mut self, check: fn(&str) -> bool) -> Self {
        self.rules.push(check);
        self
    }

    fn check(&self, value: &'a str) -> bool {
        self.rules.iter().all(|rule| rule(value))
    }
}

// Contravariant: something that accepts short-lived strings can be used
// where only 'static strings will be given.
fn for_static<'a>(v: Validator<&'a str>) -> Validator<&'static str> {
    v
}

// fn for_any<'a>(v: Validator<&'static str>) -> Validator<&'a str> { v }
// error: lifetime may not live long enough (a 'static-only validator cannot take short strings)

fn not_empty(s: &str) -> bool {
    !s.is_empty()
}

fn ascii_only(s: &str) -> bool {
    s.is_ascii()
}

fn main() {
    let local_validator = Validator::new().rule(not_empty).rule(ascii_only);
    let input = String::from("plain text");
    println!("local input ok: {}", local_validator.check(&input));

    let static_validator = for_static(Validator::new().rule(ascii_only));
    for word in ["hello", "grüße", ""] {
        println!("{word:?} ok: {}", static_validator.check(word));
    }
}
