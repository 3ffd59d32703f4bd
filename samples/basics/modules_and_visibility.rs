//! Modules and visibility
//! Inline modules, `pub`, `pub(crate)`, `pub(super)`, `pub(in path)`, `use` trees and re-exports.

mod bank {
    pub use self::account::Account; // re-export: callers write bank::Account
    pub use self::ledger::{self as journal, Entry as LedgerEntry}; // `self` renames the module

    pub mod account {
        use super::ledger::Entry;

        #[derive(Debug)]
        pub struct Account {
            pub owner: String,
            balance: i64,             // private: only this module can touch it
            pub(crate) history: Vec<Entry>,
        }

        impl Account {
            pub fn open(owner: &str) -> Self {
                Account { owner: owner.to_string(), balance: 0, history: Vec::new() }
            }

            pub fn deposit(&mut self, amount: i64) {
                self.apply(amount);
            }

            pub fn balance(&self) -> i64 {
                self.balance
            }

            // Visible in the parent module `bank`, not outside it.
            pub(super) fn apply(&mut self, amount: i64) {
                self.balance += amount;
                self.history.push(Entry::new(amount));
            }
        }
    }

    pub mod ledger {
        #[derive(Debug, Clone, Copy)]
        pub struct Entry {
            pub amount: i64,
            pub(in crate::bank) sequence: u32,
        }

        impl Entry {
            pub(crate) fn new(amount: i64) -> Self {
                Entry { amount, sequence: next_sequence() }
            }
        }

        fn next_sequence() -> u32 {
            use std::sync::atomic::{AtomicU32, Ordering};
            static NEXT: AtomicU32 = AtomicU32::new(1);
            NEXT.fetch_add(1, Ordering::Relaxed)
        }

        pub fn total(entries: &[Entry]) -> i64 {
            entries.iter().map(|e| e.amount).sum()
        }
    }

    // `bank` may call the pub(super) method of its child module.
    pub fn transfer(from: &mut Account, to: &mut Account, amount: i64) {
        from.apply(-amount);
        to.apply(amount);
        let last = to.history.last().map_or(0, |e| e.sequence);
        println!("transfer #{last}: {amount} from {} to {}", from.owner, to.owner);
    }
}

use bank::{ledger::total, transfer, Account, LedgerEntry};

fn main() {
    let mut alice = Account::open("alice");
    let mut bob = bank::account::Account::open("bob");
    alice.deposit(100);
    transfer(&mut alice, &mut bob, 30);
    // alice.apply(5);      // error[E0624]: method `apply` is private
    // alice.balance = 1;   // error[E0616]: field `balance` of struct `Account` is private
    let entries: &[LedgerEntry] = &alice.history;
    println!("alice {} (ledger total {}), bob {}", alice.balance(), total(entries), bob.balance());
    println!("bob's journal total: {}", bank::journal::total(&bob.history));
}
