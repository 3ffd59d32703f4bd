//! A self-referential struct with PhantomPinned
//! A struct that points into itself must never move: `PhantomPinned` plus `Pin<Box<T>>` guarantee that.

use std::marker::PhantomPinned;
use std::pin::Pin;
use std::ptr::NonNull;

struct Parsed {
    text: String,
    // Points into `text`'s heap buffer: survives a move of the struct, but
    // not a change to `text`.
    first_word: NonNull<str>,
    // Points at the `text` field itself: this one breaks if the struct moves.
    owner: NonNull<String>,
    // Opts out of `Unpin`: once pinned, safe code can no longer move this value.
    _pinned: PhantomPinned,
}

impl Parsed {
    fn new(text: &str) -> Pin<Box<Self>> {
        let value = Parsed {
            text: text.to_owned(),
            first_word: NonNull::from(""),
            owner: NonNull::dangling(),
            _pinned: PhantomPinned,
        };
        // Look at: pin first, then fill in the self-pointers at the final address.
        let mut boxed = Box::pin(value);
        let owner = NonNull::from(&boxed.text);
        let first = NonNull::from(boxed.text.split_whitespace().next().unwrap_or(""));
        // SAFETY: we only write plain fields; nothing is moved out of the pin.
        unsafe {
            let this = boxed.as_mut().get_unchecked_mut();
            this.owner = owner;
            this.first_word = first;
        }
        boxed
    }

    fn first_word(self: Pin<&Self>) -> &str {
        // SAFETY: the pointer targets our own `text`, which cannot move or change.
        unsafe { self.get_ref().first_word.as_ref() }
    }

    fn still_in_place(self: Pin<&Self>) -> bool {
        std::ptr::eq(self.owner.as_ptr(), &self.text)
    }
}

fn main() {
    let parsed = Parsed::new("pinned values stay put");
    // Moving the Pin<Box<_>> moves only the box pointer, not the struct.
    let moved = parsed;
    println!("first word: {}", moved.as_ref().first_word());
    println!("still in place: {}", moved.as_ref().still_in_place());

    // let inner: Parsed = *Pin::into_inner(moved);
    // error[E0277]: `PhantomPinned` cannot be unpinned
}
