//! Contravariance of fn(T)
//! A function that accepts any `&'a str` can stand in for one that only needs `&'static str`, not the reverse.

// Handlers that will only ever be called with 'static strings.
struct Registry {
    handlers: Vec<fn(&'static str) -> usize>,
}

// Accepts a string of ANY lifetime: its type is `for<'a> fn(&'a str) -> usize`.
fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn count_static(text: &'static str) -> usize {
    text.len()
}

// `fn(T)` is contravariant in T: a sink for short-lived strings can be viewed
// as a sink for long-lived ones, because 'static strings are short-lived too.
struct Sink<T> {
    write: fn(T),
}

fn print_line(line: &str) {
    println!("sink got: {line}");
}

fn only_static<'a>(sink: Sink<&'a str>) -> Sink<&'static str> {
    sink // compiles: &'static str <: &'a str, so Sink<&'a str> <: Sink<&'static str>
}

// fn any_lifetime<'a>(sink: Sink<&'static str>) -> Sink<&'a str> { sink }
// error: lifetime may not live long enough (the other direction is refused)

fn main() {
    let mut registry = Registry { handlers: Vec::new() };
    registry.handlers.push(count_static);
    // Look at: `count_words` accepts every lifetime, so it also fits fn(&'static str).
    registry.handlers.push(count_words);
    for handler in &registry.handlers {
        println!("handler says {}", handler("contra variance in action"));
    }

    let local = String::from("a local line");
    let sink: Sink<&str> = Sink { write: print_line };
    (sink.write)(&local);
    let static_sink = only_static(sink);
    (static_sink.write)("a static line");
}
