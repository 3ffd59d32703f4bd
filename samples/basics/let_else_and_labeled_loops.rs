//! let-else and labeled loops
//! `let ... else` exits early when a pattern fails; labels let `break` and `continue` leave outer loops, with a value.

#[derive(Debug)]
struct Point {
    x: i64,
    y: i64,
}

fn parse_point(text: &str) -> Option<Point> {
    // let-else: bind on success, and the else block must diverge.
    let Some((x, y)) = text.split_once(',') else {
        return None;
    };
    let (Ok(x), Ok(y)) = (x.trim().parse(), y.trim().parse()) else {
        return None;
    };
    Some(Point { x, y })
}

// Find the first pair of rows whose sums are equal, using labeled loops.
fn first_equal_rows(grid: &[Vec<i64>]) -> Option<(usize, usize)> {
    let sums: Vec<i64> = grid.iter().map(|row| row.iter().sum()).collect();
    // `break 'outer value` leaves both loops and gives the value of the `loop`.
    let found = 'outer: loop {
        for i in 0..sums.len() {
            for j in i + 1..sums.len() {
                if sums[i] == sums[j] {
                    break 'outer Some((i, j));
                }
            }
        }
        break None;
    };
    found
}

fn main() {
    for text in ["3, 4", "10,-2", "nope", "1,x"] {
        match parse_point(text) {
            Some(p) => println!("{text:?} -> {p:?} (distance^2 = {})", p.x * p.x + p.y * p.y),
            None => println!("{text:?} -> invalid"),
        }
    }

    let grid = vec![vec![1, 2, 3], vec![4, 5], vec![6, 0, 0], vec![9]];
    println!("equal rows: {:?}", first_equal_rows(&grid));

    // `continue 'rows` skips to the next row from inside the inner loop.
    let mut kept = Vec::new();
    'rows: for (index, row) in grid.iter().enumerate() {
        for &cell in row {
            if cell == 0 {
                continue 'rows;
            }
        }
        kept.push(index);
    }
    println!("rows without zeros: {kept:?}");

    // A labeled block: `break 'label value` leaves a plain block early.
    let verdict = 'check: {
        if kept.is_empty() {
            break 'check "no rows";
        }
        if kept.len() == grid.len() {
            break 'check "all rows";
        }
        "some rows"
    };
    println!("verdict: {verdict}");

    // `loop` with a value, and `while let` draining a stack.
    let mut stack = vec![1, 2, 3, 4];
    let mut product = 1;
    while let Some(top) = stack.pop() {
        product *= top;
    }
    let mut n = 27u64;
    let mut count = 0;
    let steps = loop {
        if n == 1 {
            break count;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        count += 1;
    };
    println!("product {product}; collatz steps from 27: {steps}");
}
