//! Literals and lexical corners
//! Raw identifiers, raw/byte/C strings, char versus lifetime, number suffixes and nested comments.

/* A block comment /* with a nested block comment */ still inside the outer one. */

/// A doc comment on an item; `//!` at the top documents the whole file.
struct Token<'a> {
    r#type: &'a str, // `type` is a keyword; r#type is an ordinary identifier
    r#match: bool,
}

fn r#loop(times: u8) -> u8 {
    times.wrapping_mul(2)
}

fn main() {
    // Strings: escapes, raw strings with hashes, byte strings, C strings.
    let escaped = "tab\tquote\" unicode \u{1F980} newline\\n";
    let raw = r"C:\no\escapes\here";
    let hashed = r#"a "quoted" word"#;
    let double_hashed = r##"contains "# inside"##;
    let bytes: &[u8; 5] = b"bytes";
    let raw_bytes = br"\x00 stays as text";
    let c_string: &std::ffi::CStr = c"nul-terminated";
    let continued = "one \
                     line";
    println!("{escaped} | {raw} | {hashed} | {double_hashed}");
    println!("{bytes:?} {} {:?} {continued}", raw_bytes.len(), c_string);

    // Chars versus lifetimes: 'a' is a char, 'a (no closing quote) is a lifetime.
    let chars = ['a', '\'', '\n', '\u{e9}', '\\', '"'];
    let byte_char = b'A';
    let token: Token<'static> = Token { r#type: "ident", r#match: chars.len() == 6 };
    println!("{chars:?} {byte_char} {} {}", token.r#type, token.r#match);

    // Numbers: separators, suffixes, bases, exponents.
    let big = 1_000_000u64;
    let hex = 0x_FF_u8;
    let octal = 0o755;
    let binary = 0b1010_1010i16;
    let float = 1e10f64;
    let small = 2.5E-3_f32;
    let plain = 3.;
    let tuple = ((1, 2), 3);
    let nested = tuple.0.1; // a field access `.0.1`, not the float 0.1
    println!("{big} {hex} {octal} {binary} {float} {small} {plain} {nested} {}", r#loop(21));

    // Ranges of every form.
    let v: Vec<i32> = (0..10).collect();
    let (a, b, c, d, e) = (&v[..], &v[2..], &v[..3], &v[4..=5], &v[..=1]);
    let f = ..;
    let _: std::ops::RangeFull = f;
    println!("{} {} {} {:?} {:?}", a.len(), b.len(), c.len(), d, e);
}
