fn main() {
    let v = [1 2, 3];
    let w = 1;
    let z = w +;
}
