fn main() {
    let x = ;
    let y = ;
}
