//! Variance and auto traits through std's smart pointers and collections
//! Shared ownership, locks, cells and maps each pass a parameter on with their own variance and thread rules.

use std::cell::{OnceCell, UnsafeCell};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::rc::{self, Rc};
use std::sync::{self, Arc, Mutex, RwLock};

// Shared ownership: covariant in T; Rc is never Send, Arc is Send + Sync when T is both.
struct Shared<T> {
    local: Rc<T>,
    parent: rc::Weak<T>,
    global: Arc<T>,
    watcher: sync::Weak<T>,
}

// Interior mutability: invariant in T; only the locks are Sync.
struct Locked<T> {
    guarded: Mutex<T>,
    readers: RwLock<Vec<T>>,
}

struct Lazy<T> {
    once: OnceCell<T>,
    raw: UnsafeCell<u32>,
}

// Collections are covariant in keys and values.
struct Index<'a, K, V> {
    by_key: HashMap<K, V>,
    seen: HashSet<&'a str>,
    sorted: BTreeMap<K, usize>,
    tags: BTreeSet<&'a str>,
    queue: VecDeque<V>,
}

// Pinned and uninitialised storage, and a raw `*mut` (invariant, neither Send nor Sync).
struct Slot<T> {
    pinned: Pin<Box<T>>,
    spare: MaybeUninit<T>,
    cursor: *mut T,
}

fn main() {
    let global = Arc::new(7_u32);
    let local = Rc::new(7_u32);
    let shared = Shared { parent: Rc::downgrade(&local), local, watcher: Arc::downgrade(&global), global };
    println!("shared: {} {} {:?} {:?}", shared.local, shared.global, shared.parent.upgrade(),
        shared.watcher.upgrade());

    let locked = Locked { guarded: Mutex::new(1), readers: RwLock::new(vec![2, 3]) };
    *locked.guarded.lock().unwrap() += 10;
    println!("locked: {:?} {:?}", locked.guarded.lock().unwrap(), locked.readers.read().unwrap());

    let lazy: Lazy<String> = Lazy { once: OnceCell::new(), raw: UnsafeCell::new(5) };
    let text = lazy.once.get_or_init(|| "computed once".to_string());
    println!("lazy: {text} {}", lazy.raw.into_inner());

    let name = String::from("beta");
    let mut index = Index {
        by_key: HashMap::from([(1, "one")]),
        seen: HashSet::from(["alpha", name.as_str()]),
        sorted: BTreeMap::from([(1, 1)]),
        tags: BTreeSet::from(["x"]),
        queue: VecDeque::from(["two"]),
    };
    index.queue.push_back("three");
    println!("index: {:?} {} {:?} {:?} {:?}", index.by_key, index.seen.len(), index.sorted, index.tags,
        index.queue);

    let mut value = 41_u64;
    let slot = Slot { pinned: Box::pin(1_u64), spare: MaybeUninit::new(2), cursor: &mut value };
    // SAFETY: `cursor` points at `value`, alive and not otherwise borrowed here; `spare` was initialised.
    unsafe {
        *slot.cursor += 1;
        println!("slot: {} {} {}", slot.pinned, slot.spare.assume_init(), *slot.cursor);
    }
}
