package dev.rxray.analysis.async;

/** A value held in a state whose type is not {@code Send}: the reason the future is not {@code Send}. */
public record SendBlocker(String state, String value, Position at, String type, String reason) {
}
