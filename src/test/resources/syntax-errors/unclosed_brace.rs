fn main() {
    if x { 
}
fn other() {}
