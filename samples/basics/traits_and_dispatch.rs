//! Traits: static and dynamic dispatch
//! Supertraits, default methods, blanket impls, operator overloading, `impl Trait` and `dyn Trait`.

use std::fmt::{self, Display};
use std::ops::{Add, Neg};

trait Shape: Display {
    const SIDES: u32;

    fn area(&self) -> f64;

    // A default method built on the required one.
    fn describe(&self) -> String {
        format!("{self} with {} sides and area {:.2}", Self::SIDES, self.area())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Add for Vec2 {
    type Output = Vec2;
    fn add(self, rhs: Vec2) -> Vec2 {
        Vec2 { x: self.x + rhs.x, y: self.y + rhs.y }
    }
}

impl Neg for Vec2 {
    type Output = Self;
    fn neg(self) -> Self {
        Vec2 { x: -self.x, y: -self.y }
    }
}

struct Square(f64);
struct Triangle {
    base: f64,
    height: f64,
}

impl Display for Square {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "square {}", self.0)
    }
}
impl Display for Triangle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "triangle {}x{}", self.base, self.height)
    }
}

impl Shape for Square {
    const SIDES: u32 = 4;
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}
impl Shape for Triangle {
    const SIDES: u32 = 3;
    fn area(&self) -> f64 {
        0.5 * self.base * self.height
    }
}

// A separate, object-safe trait for dynamic dispatch (Shape has an associated const).
trait Area {
    fn area_of(&self) -> f64;
}

// Blanket impl: every Shape is an Area.
impl<T: Shape> Area for T {
    fn area_of(&self) -> f64 {
        self.area()
    }
}

// Static dispatch: one copy of this function per concrete type.
fn largest_description(a: &impl Shape, b: &impl Shape) -> String {
    if a.area() >= b.area() { a.describe() } else { b.describe() }
}

// Dynamic dispatch: one function, calls go through a vtable.
fn total_area(shapes: &[Box<dyn Area>]) -> f64 {
    shapes.iter().map(|s| s.area_of()).sum()
}

fn main() {
    let square = Square(3.0);
    let triangle = Triangle { base: 4.0, height: 5.0 };
    println!("{}", largest_description(&square, &triangle));
    println!("{}", <Triangle as Shape>::describe(&triangle));

    let shapes: Vec<Box<dyn Area>> = vec![Box::new(square), Box::new(triangle), Box::new(Square(1.5))];
    println!("total area {:.2}", total_area(&shapes));

    let moved = Vec2 { x: 1.0, y: 2.0 } + -Vec2 { x: 0.5, y: 0.5 };
    println!("{moved:?}");
}
