package dev.rxray.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Posts a runnable to the FX thread every 10 ms and records how long each waited: the thread's unresponsiveness. */
final class FxLatencyProbe {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());

    static FxLatencyProbe start() {
        FxLatencyProbe probe = new FxLatencyProbe();
        probe.timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> probe.delays.add(System.nanoTime() - posted));
        }, 0, 10, TimeUnit.MILLISECONDS);
        return probe;
    }

    List<Long> stop() {
        timer.shutdownNow();
        synchronized (delays) {
            return List.copyOf(delays);
        }
    }
}
