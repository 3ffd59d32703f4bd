package dev.rxray.analysis.async;

import java.util.List;
import java.util.Optional;

/** Every coroutine of one file, in source order of their start. */
public record AsyncReport(List<CoroutineMachine> coroutines) {
    public AsyncReport {
        coroutines = List.copyOf(coroutines);
    }

    public static AsyncReport empty() {
        return new AsyncReport(List.of());
    }

    public Optional<CoroutineMachine> byName(String name) {
        return coroutines.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
