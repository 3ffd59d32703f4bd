package dev.rxray.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time this process has used so far, all threads together (the JIT compilers and the collector included),
 * as the operating system counts it: on Linux in clock ticks of 10 ms. Reading it is cheap and loads nothing, so
 * it can bracket the steps of a cold start without disturbing them.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds, or empty where the platform does not tell. */
    static Optional<Long> nanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos);
    }
}
