package dev.rxray.diagram;

/** Main flow of a graph: state machines read top-down, type graphs often left to right. */
public enum Direction {
    TOP_DOWN, LEFT_RIGHT
}
