package dev.rxray.oracle;

import java.util.List;
import java.util.Optional;

/**
 * One coroutine type as rustc lays it out. A generic async fn appears once per instantiation that {@code main}
 * reaches ({@code {async fn body of show<f64>()}}, {@code {async fn body of show<&str>()}}), each with its own sizes;
 * the instances of one definition share {@link #body()}.
 *
 * @param name  rustc's type name, e.g. {@code {async fn body of Cache::get()}} or
 *              {@code {async block@nested_futures.rs:37:14: 37:24}} (file name only, no folder)
 * @param body  the span of the coroutine's body: from the body's {@code {} of an async fn, from the {@code async}
 *              keyword of a block, from the body of an async closure
 * @param send         whether rustc finds the future Send (probed for async fns only)
 * @param sendBlockers rustc's reason when it is not: empty, or the one value rustc names
 * @param unpin        whether rustc finds the future Unpin (probed for async fns only)
 * @param states       {@code Unresumed}, {@code Suspend0..N}, {@code Returned}, {@code Panicked}, in that order
 */
public record Coroutine(String name, SourceSpan body, int size, int align, List<Upvar> upvars, ProbeAnswer send,
                        List<SendBlocker> sendBlockers, ProbeAnswer unpin, List<State> states) {

    public enum Kind { ASYNC_FN, ASYNC_BLOCK, ASYNC_CLOSURE, OTHER }

    private static final String ASYNC_FN_PREFIX = "{async fn body of ";

    public Coroutine {
        upvars = List.copyOf(upvars);
        sendBlockers = List.copyOf(sendBlockers);
        states = List.copyOf(states);
    }

    public Kind kind() {
        if (name.startsWith(ASYNC_FN_PREFIX)) {
            return Kind.ASYNC_FN;
        }
        if (name.startsWith("{async block@")) {
            return Kind.ASYNC_BLOCK;
        }
        return name.startsWith("{async closure body@") ? Kind.ASYNC_CLOSURE : Kind.OTHER;
    }

    /** For an async fn, its path as rustc prints it, generic arguments included: {@code Cache::get}. */
    public Optional<String> fnPath() {
        if (kind() != Kind.ASYNC_FN || !name.endsWith("()}")) {
            return Optional.empty();
        }
        return Optional.of(name.substring(ASYNC_FN_PREFIX.length(), name.length() - "()}".length()));
    }

    public List<State.Suspend> suspends() {
        return states.stream()
                .flatMap(s -> s instanceof State.Suspend suspend ? java.util.stream.Stream.of(suspend)
                        : java.util.stream.Stream.empty())
                .toList();
    }

    public List<String> stateNames() {
        return states.stream().map(State::name).toList();
    }
}
