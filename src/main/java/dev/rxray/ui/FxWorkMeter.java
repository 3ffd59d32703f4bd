package dev.rxray.ui;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Measures pieces of FX-thread work (an analysis put into the views, one restyle slice, a gutter redraw) for the
 * editor benchmark. The clock is a parameter so a benchmark on a shared machine can count the thread's CPU time
 * as well as wall time. The app runs with {@link #NONE}.
 */
record FxWorkMeter(LongSupplier clock, LongConsumer sink) {
    static final FxWorkMeter NONE = new FxWorkMeter(() -> 0L, nanos -> { });

    long start() {
        return clock.getAsLong();
    }

    void stop(long start) {
        sink.accept(clock.getAsLong() - start);
    }
}
