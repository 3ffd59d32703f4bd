package dev.rxray.analysis.async;

/**
 * A value held in a state whose type is not {@code Send}: the reason the future is not {@code Send}.
 *
 * @param at    where the value is declared (or the temporary starts)
 * @param await the await it is held across; for an upvar (state {@code Unresumed}), the coroutine's start
 */
public record SendBlocker(String state, String value, Position at, Position await, String type, String reason) {
}
