//! Error handling with ?
//! A custom error enum, `From` conversions, `?` on Result and Option, and `Box<dyn Error>` at the top.

use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    MissingKey(&'static str),
    BadNumber { key: &'static str, source: ParseIntError },
    OutOfRange(u32),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingKey(key) => write!(f, "missing key `{key}`"),
            Self::BadNumber { key, .. } => write!(f, "`{key}` is not a number"),
            Self::OutOfRange(n) => write!(f, "{n} is out of range 1..=64"),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::BadNumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn lookup<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    // `?` on Option returns None early.
    let line = text.lines().find(|l| l.starts_with(key))?;
    Some(line.split_once('=')?.1.trim())
}

fn threads(text: &str) -> Result<u32, ConfigError> {
    const KEY: &str = "threads";
    let raw = lookup(text, KEY).ok_or(ConfigError::MissingKey(KEY))?;
    let n: u32 = raw.parse().map_err(|source| ConfigError::BadNumber { key: KEY, source })?;
    if !(1..=64).contains(&n) {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n)
}

// At the top, `?` converts any error into Box<dyn Error> through `From`.
fn run(text: &str) -> Result<String, Box<dyn Error>> {
    let n = threads(text)?;
    let scale: i32 = lookup(text, "scale").unwrap_or("1").parse()?;
    Ok(format!("{n} threads at scale {scale}"))
}

fn main() {
    let inputs = ["threads = 8\nscale = 2", "threads = many", "threads = 99", "name = x", "threads = 2\nscale = z"];
    for input in inputs {
        match run(input) {
            Ok(summary) => println!("ok: {summary}"),
            Err(e) => {
                let cause = e.source().map(|s| format!(" (caused by: {s})")).unwrap_or_default();
                println!("error: {e}{cause}");
            }
        }
    }
}
