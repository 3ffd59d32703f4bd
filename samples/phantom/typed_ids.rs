//! Typed IDs
//! `Id<User>` and `Id<Order>` are both a u32 at run time, but the compiler keeps them apart.

use std::collections::HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;

// `fn() -> T`: the Id does not own a T, so Id<T> is Send, Sync and Copy for every T.
struct Id<T> {
    raw: u32,
    _kind: PhantomData<fn() -> T>,
}

// Derives would require T: Clone etc., so these impls are written by hand.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}
impl<T> Eq for Id<T> {}
impl<T> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw.hash(state);
    }
}
impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = std::any::type_name::<T>().rsplit("::").next().unwrap_or("?");
        write!(f, "{kind}#{}", self.raw)
    }
}

struct User {
    name: String,
}

struct Order {
    buyer: Id<User>,
    total_cents: u64,
}

struct Table<T> {
    rows: HashMap<Id<T>, T>,
    next: u32,
}

impl<T> Table<T> {
    fn new() -> Self {
        Table { rows: HashMap::new(), next: 1 }
    }
    fn insert(&mut self, row: T) -> Id<T> {
        let id = Id { raw: self.next, _kind: PhantomData };
        self.next += 1;
        self.rows.insert(id, row);
        id
    }
    fn get(&self, id: Id<T>) -> Option<&T> {
        self.rows.get(&id)
    }
}

fn main() {
    let mut users = Table::new();
    let mut orders = Table::new();
    let ada = users.insert(User { name: "Ada".into() });
    let order = orders.insert(Order { buyer: ada, total_cents: 4_250 });

    // users.get(order); // error[E0308]: expected `Id<User>`, found `Id<Order>`
    let o = orders.get(order).expect("order exists");
    let buyer = users.get(o.buyer).expect("user exists");
    println!("{order:?} by {:?} ({}) for {}.{:02}", o.buyer, buyer.name, o.total_cents / 100, o.total_cents % 100);
}
