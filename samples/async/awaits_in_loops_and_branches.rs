//! Awaits in loops, branches and match
//! An await inside `for`, `while`, `if` and `match` is still one suspend point, reached many times or not at all.

use std::future::Future;

#[derive(Debug, Clone, Copy)]
enum Job {
    Download { bytes: u32 },
    Compress(u8),
    Skip,
}

async fn download(bytes: u32) -> u32 {
    bytes / 2
}

async fn compress(level: u8) -> u32 {
    u32::from(level) * 3
}

async fn log(message: &str) {
    println!("log: {message}");
}

async fn run(jobs: &[Job]) -> u32 {
    let mut total = 0;
    // Look at: the loop iterator `iter` and `total` are live at every await below.
    for (index, job) in jobs.iter().enumerate() {
        // Each arm has its own await: the state machine gets one state per arm.
        let cost = match *job {
            Job::Download { bytes } if bytes > 1_000 => download(bytes).await,
            Job::Download { bytes } => bytes,
            Job::Compress(level @ 1..=9) => compress(level).await,
            Job::Compress(_) | Job::Skip => 0,
        };
        if cost > 100 {
            log(&format!("job {index} was expensive")).await;
        }
        total += cost;
    }

    let mut retries = 0;
    while total % 7 != 0 && retries < 3 {
        total += download(2).await;
        retries += 1;
    }
    total
}

fn main() {
    let jobs = [
        Job::Download { bytes: 4_096 },
        Job::Download { bytes: 10 },
        Job::Compress(5),
        Job::Compress(42),
        Job::Skip,
    ];
    println!("total cost: {}", block_on(run(&jobs)));
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
