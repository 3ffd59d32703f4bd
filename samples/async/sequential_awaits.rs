//! Sequential awaits
//! Three awaits in a row: each `.await` is one suspend point of the async fn's state machine.

use std::future::Future;

struct User {
    id: u32,
    name: String,
}

async fn load_user(id: u32) -> User {
    User { id, name: format!("user-{id}") }
}

async fn load_score(user: &User) -> u64 {
    u64::from(user.id) * 10
}

async fn save_report(name: &str, score: u64) -> bool {
    !name.is_empty() && score > 0
}

// Look at: `user` is created after the first await and used by the next two,
// so it must be saved inside the future while it is suspended at them.
// `score` is moved into the third call, so it is kept inside that call's
// future (the one being awaited), not in a slot of its own.
async fn report(id: u32) -> bool {
    let user = load_user(id).await; // suspend point 0
    let score = load_score(&user).await; // suspend point 1
    save_report(&user.name, score).await // suspend point 2
}

fn main() {
    let saved = block_on(report(7));
    println!("report saved: {saved}");
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
