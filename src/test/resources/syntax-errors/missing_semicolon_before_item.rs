use std::fmt
fn main() { let = ; }
