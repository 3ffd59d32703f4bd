//! Units of measure
//! Zero-sized unit markers in `PhantomData` make adding metres to seconds a compile error.

use std::marker::PhantomData;
use std::ops::{Add, Div, Mul};

// Unit markers: empty enums, never constructed. The derives on Quantity<U>
// below add `U: Copy` etc. bounds, so the markers derive those traits too.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Metres {}
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Seconds {}
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum MetresPerSecond {}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Quantity<U> {
    value: f64,
    unit: PhantomData<U>,
}

fn qty<U>(value: f64) -> Quantity<U> {
    Quantity { value, unit: PhantomData }
}

// Same unit: adding is allowed.
impl<U> Add for Quantity<U> {
    type Output = Quantity<U>;
    fn add(self, rhs: Self) -> Self::Output {
        qty(self.value + rhs.value)
    }
}

// Metres / Seconds = MetresPerSecond.
impl Div<Quantity<Seconds>> for Quantity<Metres> {
    type Output = Quantity<MetresPerSecond>;
    fn div(self, rhs: Quantity<Seconds>) -> Self::Output {
        qty(self.value / rhs.value)
    }
}

// MetresPerSecond * Seconds = Metres.
impl Mul<Quantity<Seconds>> for Quantity<MetresPerSecond> {
    type Output = Quantity<Metres>;
    fn mul(self, rhs: Quantity<Seconds>) -> Self::Output {
        qty(self.value * rhs.value)
    }
}

trait UnitName {
    const SYMBOL: &'static str;
}
impl UnitName for Metres {
    const SYMBOL: &'static str = "m";
}
impl UnitName for Seconds {
    const SYMBOL: &'static str = "s";
}
impl UnitName for MetresPerSecond {
    const SYMBOL: &'static str = "m/s";
}

impl<U: UnitName> std::fmt::Display for Quantity<U> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.2} {}", self.value, U::SYMBOL)
    }
}

fn main() {
    let leg1: Quantity<Metres> = qty(1_200.0);
    let leg2 = qty::<Metres>(800.0);
    let time: Quantity<Seconds> = qty(250.0);

    let distance = leg1 + leg2;
    let speed = distance / time;
    // let nonsense = distance + time; // error[E0308]: mismatched types
    println!("{distance} in {time} is {speed}");
    println!("in 60 s at that speed: {}", speed * qty::<Seconds>(60.0));
    // The marker costs nothing at run time.
    println!("size of Quantity<Metres>: {} bytes", std::mem::size_of::<Quantity<Metres>>());
}
