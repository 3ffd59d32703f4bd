package dev.rxray.ui;

import java.nio.file.Path;
import java.util.Optional;

/** PLACEHOLDER until the app shell lands: opens the main window, on a file or on the default sample. */
public final class DesktopApp {
    private DesktopApp() {
    }

    /** Blocks until the window is closed. */
    public static void launch(Optional<Path> file) {
        throw new UnsupportedOperationException("the app shell is not built yet");
    }
}
