//! Control flow around awaits: branches in conditions, loops in conditions, match guards, nested coroutines,
//! labelled loops, early exits. The stepper's model tests walk these coroutines; the golden beside this file is
//! rustc's numbering of their suspend points.

use std::future::Future;

async fn leaf(n: u32) -> u32 {
    n
}

async fn maybe(n: u32) -> Result<u32, String> {
    if n > 100 { Err(format!("{n} is too big")) } else { Ok(n) }
}

async fn next_item(n: u32) -> Option<u32> {
    if n < 3 { Some(n) } else { None }
}

async fn else_if(n: u32) -> u32 {
    if n == 0 {
        leaf(1).await
    } else if leaf(n).await > 5 {
        leaf(2).await
    } else {
        3
    }
}

async fn drain(mut n: u32) -> u32 {
    let mut total = 0;
    while let Some(x) = next_item(n).await {
        total += leaf(x).await;
        n += 1;
    }
    total
}

async fn scrutinee(n: u32) -> u32 {
    match leaf(n).await {
        0 => leaf(10).await,
        x if leaf(x).await > 3 => x,
        _ => 0,
    }
}

async fn nested(n: u32) -> u32 {
    let block = async move { leaf(n).await + 1 };
    let closure = |m: u32| async move { leaf(m).await };
    let check = |v: u32| -> Result<u32, String> {
        if v > 100 {
            return Err(format!("{v} is too big"));
        }
        Ok(v)
    };
    let a = block.await;
    let b = closure(a).await;
    let c = async { Ok::<u32, String>(check(a + b)? + leaf(1).await) }.await;
    a + b + c.unwrap_or(0)
}

async fn search(rows: u32) -> u32 {
    let mut found = 0;
    'outer: for r in 0..rows {
        for c in 0..3 {
            let v = leaf(r * 3 + c).await;
            if v == 4 {
                found = v;
                break 'outer;
            }
            if v % 2 == 1 {
                continue 'outer;
            }
            leaf(v).await;
        }
    }
    leaf(found).await
}

async fn early(n: u32) -> Result<u32, String> {
    let a = maybe(n).await?;
    if a == 0 {
        return Ok(0);
    }
    let b = maybe(a + 1).await?;
    Ok(a + b)
}

async fn first_big(mut n: u32) -> u32 {
    let found = loop {
        let v = leaf(n).await;
        if v > 2 {
            break v;
        }
        n += 1;
    };
    leaf(found).await
}

async fn let_else(n: u32) -> u32 {
    let Some(x) = next_item(n).await else {
        return 0;
    };
    leaf(x).await
}

async fn forever(n: u32) -> u32 {
    loop {
        leaf(n).await;
    }
}

fn main() {
    for n in [0, 1, 7] {
        println!("else_if({n}) = {}", block_on(else_if(n)));
        println!("drain({n}) = {}", block_on(drain(n)));
        println!("scrutinee({n}) = {}", block_on(scrutinee(n)));
        println!("nested({n}) = {}", block_on(nested(n)));
        println!("search({n}) = {}", block_on(search(n)));
        println!("early({n}) = {:?}", block_on(early(n)));
        println!("first_big({n}) = {}", block_on(first_big(n)));
        println!("let_else({n}) = {}", block_on(let_else(n)));
    }
    println!("early(200) = {:?}", block_on(early(200)));
    if std::env::args().count() > 5 {
        block_on(forever(1));
    }
}

// --- executor ---
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
    }
}
