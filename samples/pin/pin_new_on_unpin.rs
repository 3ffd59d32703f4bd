//! Pin::new on Unpin types
//! For types that are `Unpin`, pinning is free and reversible: `Pin::new` and `get_mut` are safe.

use std::marker::PhantomPinned;
use std::pin::Pin;

#[derive(Debug, Default)]
struct Counter {
    count: u32,
}

// Counter is Unpin automatically: all its fields are Unpin.
fn bump(mut counter: Pin<&mut Counter>) {
    // Safe for Unpin types: we may take the &mut back out of the pin.
    counter.as_mut().get_mut().count += 1;
    // DerefMut is also available for Unpin targets.
    counter.count += 1;
}

struct Fixed {
    value: u32,
    _pinned: PhantomPinned,
}

fn main() {
    let mut counter = Counter::default();
    bump(Pin::new(&mut counter));
    bump(Pin::new(&mut counter));
    // Pinning an Unpin value does not stop it moving afterwards.
    let moved = counter;
    println!("{moved:?}");

    // Boxes are always Unpin, whatever they point to.
    let mut boxed = Box::new(Counter::default());
    bump(Pin::new(&mut *boxed));
    let pinned_box: Pin<Box<Counter>> = Box::into_pin(boxed);
    let unpinned: Box<Counter> = Pin::into_inner(pinned_box);
    println!("{unpinned:?}");

    // Fixed is !Unpin, so `Pin::new(&mut fixed)` does not compile:
    // error[E0277]: `PhantomPinned` cannot be unpinned
    let fixed = Box::pin(Fixed { value: 5, _pinned: PhantomPinned });
    // Reading through the pin is still fine.
    println!("fixed value: {}", fixed.value);
}
