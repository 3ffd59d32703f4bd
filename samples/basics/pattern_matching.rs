//! Pattern matching
//! Slice patterns, ranges, `@` bindings, or-patterns, guards, nested structs and references in one parser.

#[derive(Debug)]
enum Command {
    Move { x: i32, y: i32 },
    Say(String),
    Repeat(u8, Box<Command>),
    Quit,
}

fn parse(words: &[&str]) -> Option<Command> {
    match words {
        [] => None,
        ["quit" | "exit"] => Some(Command::Quit),
        ["say", rest @ ..] if !rest.is_empty() => Some(Command::Say(rest.join(" "))),
        ["move", x, y] => Some(Command::Move { x: x.parse().ok()?, y: y.parse().ok()? }),
        [count, "times", tail @ ..] => {
            let n: u8 = count.parse().ok()?;
            Some(Command::Repeat(n, Box::new(parse(tail)?)))
        }
        [first, .., last] if first == last => Some(Command::Say(format!("echo {first}"))),
        _ => None,
    }
}

fn describe(cmd: &Command) -> String {
    match cmd {
        Command::Move { x: 0, y: 0 } => "stay".to_string(),
        Command::Move { x, y: 0 } | Command::Move { x: 0, y: x } => format!("straight line {x}"),
        &Command::Move { x, y } if x == y => format!("diagonal {x}"),
        Command::Move { x, y } => format!("move to ({x}, {y})"),
        Command::Say(text) if text.len() > 20 => format!("long speech ({} chars)", text.len()),
        Command::Say(text) => format!("say {text:?}"),
        Command::Repeat(n @ 1..=3, inner) => format!("{n} x [{}]", describe(inner)),
        Command::Repeat(n, _) => format!("too many repeats: {n}"),
        Command::Quit => "quit".to_string(),
    }
}

fn classify(code: u32) -> &'static str {
    match code {
        0 => "ok",
        1..=99 => "warning",
        100 | 200 | 300 => "round error",
        c @ 400..500 if c % 2 == 0 => "even client error",
        400..500 => "odd client error",
        _ => "unknown",
    }
}

fn main() {
    let inputs = ["move 3 3", "move 0 7", "say hello there", "2 times move 1 2", "quit", "a b a", "fly"];
    for input in inputs {
        let words: Vec<&str> = input.split(' ').collect();
        match parse(&words) {
            Some(cmd) => println!("{input:<18} => {}", describe(&cmd)),
            None => println!("{input:<18} => (not understood)"),
        }
    }

    for code in [0, 42, 200, 404, 401, 999] {
        println!("{code}: {}", classify(code));
    }

    // Patterns in `let` and function parameters destructure tuples and references.
    let pairs = [(1, 'a'), (2, 'b')];
    for &(number, letter) in &pairs {
        let (ref shown, doubled) = (letter.to_ascii_uppercase(), number * 2);
        println!("{shown}{doubled}");
    }
}
