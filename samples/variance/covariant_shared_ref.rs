//! Covariance of &'a T
//! A `&'long T` can be used where a `&'short T` is expected: shared references are covariant.

// Returns the longer of two strings; both must share one lifetime 'a.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

// Covariance lets a Vec of 'static strings become a Vec of shorter-lived ones.
fn shorten<'a>(words: Vec<&'static str>) -> Vec<&'a str> {
    words
}

// Covariant in T too: `&'a &'static str` fits where `&'a &'a str` is expected.
fn first<'a>(items: &'a [&'a str]) -> &'a str {
    items.first().copied().unwrap_or("")
}

struct Config<'a> {
    name: &'a str,
    tags: &'a [&'a str],
}

// A struct made only of shared references is covariant as well.
fn narrow<'short>(config: Config<'static>) -> Config<'short> {
    config
}

fn main() {
    let fixed: &'static str = "a static string";
    let owned = String::from("a local String");
    // Look at: `fixed` (&'static str) is shortened to the lifetime of `owned`.
    let winner = longest(fixed, &owned);
    println!("longest: {winner}");

    let mut words = shorten(vec!["alpha", "beta"]);
    words.push(&owned); // fine: the Vec's element lifetime is now the local one
    println!("words: {words:?}");

    static TAGS: [&str; 2] = ["fast", "safe"];
    let config = narrow(Config { name: "demo", tags: &TAGS });
    let local_tags = [owned.as_str()];
    println!("{} {} {}", config.name, first(config.tags), first(&local_tags));
}
