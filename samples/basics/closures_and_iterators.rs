//! Closures and iterators
//! Closures capture by reference, by mutable reference or by move; iterator adapters chain them lazily.

#[derive(Debug, Clone)]
struct Sale {
    item: &'static str,
    quantity: u32,
    price_cents: u64,
}

// Returning a closure: `impl Fn` for a single concrete closure type...
fn discount(percent: u64) -> impl Fn(u64) -> u64 {
    move |cents| cents * (100 - percent) / 100
}

// ...and `Box<dyn Fn>` when different closures may be returned.
fn rounding(to_whole: bool) -> Box<dyn Fn(u64) -> u64> {
    if to_whole { Box::new(|c| c / 100 * 100) } else { Box::new(|c| c) }
}

fn main() {
    let sales = vec![
        Sale { item: "tea", quantity: 3, price_cents: 450 },
        Sale { item: "cake", quantity: 1, price_cents: 1_275 },
        Sale { item: "tea", quantity: 2, price_cents: 450 },
        Sale { item: "jam", quantity: 0, price_cents: 600 },
    ];

    // Fn: borrows `sales` immutably.
    let count_of = |name: &str| sales.iter().filter(|s| s.item == name).map(|s| s.quantity).sum::<u32>();
    println!("tea sold: {}", count_of("tea"));

    // FnMut: mutates a captured counter.
    let mut calls = 0;
    let mut revenue = |s: &Sale| {
        calls += 1;
        u64::from(s.quantity) * s.price_cents
    };
    let total: u64 = sales.iter().map(&mut revenue).sum();
    println!("revenue {total} cents over {calls} sales");

    // An iterator chain: nothing runs until `collect`.
    let ten_off = discount(10);
    let round = rounding(true);
    let mut lines: Vec<String> = sales
        .iter()
        .filter(|s| s.quantity > 0)
        .map(|s| (s.item, round(ten_off(u64::from(s.quantity) * s.price_cents))))
        .enumerate()
        .map(|(i, (item, cents))| format!("{}. {item:<5} {:>5}", i + 1, cents))
        .collect();
    lines.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    lines.iter().for_each(|line| println!("{line}"));

    // FnOnce: moves `sales` into the closure and consumes it.
    let into_names = move || sales.into_iter().map(|s| s.item).collect::<Vec<_>>();
    let names = into_names();
    let (short, long): (Vec<&str>, Vec<&str>) = names.iter().partition(|n| n.len() <= 3);
    println!("short {short:?}, long {long:?}");

    let windows: Vec<i32> = [1, 4, 9, 16, 25].windows(2).map(|w| w[1] - w[0]).rev().take(3).collect();
    println!("differences {windows:?}, any over 8: {}", windows.iter().any(|&d| d > 8));
}
