//! A struct with several parameters
//! Each lifetime and type parameter gets its own variance, computed from every field that mentions it.

// Variance, per parameter (what the tool should show):
//   'src  covariant      (only in &'src str)
//   'buf  covariant      (&'buf mut Vec<T> is covariant in its lifetime)
//   T     invariant      (behind &mut, and also in fn(T) -> bool)
//   F     covariant      (stored by value)
struct Parser<'src, 'buf, T, F> {
    source: &'src str,
    output: &'buf mut Vec<T>,
    keep: fn(T) -> bool,
    on_token: F,
    position: usize,
}

impl<'src, 'buf, T, F> Parser<'src, 'buf, T, F>
where
    F: FnMut(&'src str) -> Option<T>,
    T: Copy,
{
    fn run(&mut self) -> usize {
        let before = self.output.len();
        for word in self.source.split(',') {
            self.position += word.len() + 1;
            if let Some(token) = (self.on_token)(word.trim()) {
                if (self.keep)(token) {
                    self.output.push(token);
                }
            }
        }
        self.output.len() - before
    }
}

// Compiles: 'src is covariant, so a 'static source shortens to 'short.
fn shorten_source<'short, 'buf, T, F>(p: Parser<'static, 'buf, T, F>) -> Parser<'short, 'buf, T, F> {
    p
}

// Would NOT compile: T is invariant, so Parser<.., &'static str, ..> is not a
// Parser<.., &'short str, ..>.
// fn shorten_item<'short, 'buf, F>(p: Parser<'static, 'buf, &'static str, F>)
//     -> Parser<'static, 'buf, &'short str, F> { p }

fn is_positive(n: i64) -> bool {
    n > 0
}

fn main() {
    let mut numbers = Vec::new();
    let mut parser = Parser {
        source: "4, -2, x, 17, 0",
        output: &mut numbers,
        keep: is_positive,
        on_token: |word: &str| word.parse::<i64>().ok(),
        position: 0,
    };
    let added = parser.run();
    let parser = shorten_source(parser);
    println!("added {added} numbers, stopped at {}", parser.position);
    println!("numbers: {numbers:?}");
}
