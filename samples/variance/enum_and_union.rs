//! Variance of enums and unions
//! Enums and unions combine the variance of all their variants or fields, just as structs do.

use std::cell::Cell;
use std::mem::ManuallyDrop;

// 'a covariant, T invariant (because of the Cell in one variant).
enum Token<'a, T> {
    Word(&'a str),
    Number(i64),
    Slot(Cell<T>),
    End,
}

// A union: 'a covariant, T covariant. Union fields must be Copy or ManuallyDrop.
union Bits<'a, T: Copy> {
    value: T,
    bytes: &'a [u8; 8],
    raw: ManuallyDrop<u64>,
}

// Option<&'a T> and Result<&'a T, E> are covariant: enums of covariant parts.
fn pick<'a>(found: Option<&'static str>, fallback: &'a str) -> &'a str {
    let found: Option<&'a str> = found; // shortening through the enum
    found.unwrap_or(fallback)
}

fn shorten_token<'short>(token: Token<'static, u8>) -> Token<'short, u8> {
    token // fine: 'a is covariant; T stays u8
}

// fn shorten_slot<'short>(t: Token<'short, &'static str>) -> Token<'short, &'short str> { t }
// error: lifetime may not live long enough (T is invariant because of Cell<T>)

fn describe(token: &Token<'_, u8>) -> String {
    match token {
        Token::Word(w) => format!("word {w:?}"),
        Token::Number(n @ 0..=9) => format!("digit {n}"),
        Token::Number(n) => format!("number {n}"),
        Token::Slot(cell) => format!("slot holding {}", cell.get()),
        Token::End => "end".to_string(),
    }
}

fn main() {
    let local = String::from("local fallback");
    println!("{}", pick(None, &local));
    println!("{}", pick(Some("found"), &local));

    let tokens = [Token::Word("let"), Token::Number(7), Token::Number(42), Token::Slot(Cell::new(3)), Token::End];
    for token in tokens {
        println!("{}", describe(&shorten_token(token)));
    }

    let bits = Bits::<f64> { value: 1.5 };
    // SAFETY: every bit pattern of f64 is a valid u64.
    let raw = unsafe { *bits.raw };
    println!("1.5f64 as bits = {raw:#018x}");
    let same = Bits::<f64> { bytes: &[0; 8] };
    // SAFETY: we wrote the `bytes` field, so we read the same field back.
    println!("bytes: {:?}", unsafe { same.bytes });
}
