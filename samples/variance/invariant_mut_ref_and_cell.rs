//! Invariance of &'a mut T and Cell<T>
//! Anything you can write through is invariant in what it holds: no shortening of `T` behind `&mut` or `Cell`.

use std::cell::Cell;

// If `&mut T` were covariant, this fn could store a short-lived string into
// a slot that promises 'static: a dangling pointer later.
fn overwrite<T>(slot: &mut T, value: T) {
    *slot = value;
}

fn main() {
    let mut greeting: &'static str = "hello";
    overwrite(&mut greeting, "bye"); // fine: both are &'static str
    println!("{greeting}");

    {
        let local = String::from("short-lived");
        // overwrite(&mut greeting, &local);
        // error[E0597]: `local` does not live long enough
        // (&mut &'static str cannot become &mut &'short str: invariant in T)
        let mut short: &str = &local;
        overwrite(&mut short, greeting); // fine: a 'static str shortens to &'short str
        println!("{short}");
    }

    // &'a mut T is still covariant in 'a: a long mutable borrow can be
    // used as a shorter one (this is what reborrowing does).
    let mut counter = 0_u32;
    let long: &mut u32 = &mut counter;
    bump(long);
    bump(long);
    println!("counter = {counter}");

    // Cell<T> is invariant in T for the same reason: `set` writes through `&self`.
    let cell: Cell<&'static str> = Cell::new("static");
    let local = String::from("local");
    // let shorter: &Cell<&str> = &cell; shorter.set(&local);
    // error[E0597]: `local` does not live long enough
    let copy: Cell<&str> = Cell::new(cell.get()); // copying the value out is fine
    copy.set(&local);
    println!("{} / {}", cell.get(), copy.get());
}

fn bump<'short>(value: &'short mut u32) {
    *value += 1;
}
