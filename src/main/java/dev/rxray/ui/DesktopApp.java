package dev.rxray.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;

/** Entry point of the desktop app for the CLI's {@code rxray app [FILE]}. */
public final class DesktopApp {
    /**
     * JavaFX warns on every start that it was loaded from the class path rather than as modules. That is how this
     * app runs on purpose, so the warning is only noise for users; real errors still get through. A static field
     * keeps the logger (and so its level) alive.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private DesktopApp() {
    }

    /**
     * Opens the main window on a file, or on the last document, or on the default sample, and blocks until the
     * window is closed. Can be called once per process (a JavaFX rule).
     *
     * @throws DisplayUnavailableException when there is no display; its message is one line meant for the user
     */
    public static void launch(Optional<Path> file) {
        requireDisplay();
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        String[] args = file.map(p -> new String[] {p.toAbsolutePath().toString()}).orElse(new String[0]);
        try {
            Application.launch(RxrayApplication.class, args);
        } catch (UnsupportedOperationException e) {
            // What the GTK glass platform throws when it cannot open the display named in DISPLAY.
            throw new DisplayUnavailableException("rxray app: cannot open the display "
                    + System.getenv().getOrDefault("DISPLAY", "") + " (" + e.getMessage()
                    + "); the app needs a desktop session. The command line works: rxray check FILE");
        }
    }

    /**
     * On Linux, JavaFX needs an X11 or Wayland display unless the headless glass platform was chosen; failing
     * early gives a clear sentence instead of a native error.
     */
    private static void requireDisplay() {
        Optional<String> problem = displayProblem(System.getProperty("os.name", ""), System.getProperty("glass.platform", ""),
                System.getenv());
        if (problem.isPresent()) {
            throw new DisplayUnavailableException(problem.get());
        }
    }

    /** Why the app cannot open a window here, or empty when it can (as far as can be told before trying). */
    static Optional<String> displayProblem(String osName, String glassPlatform, Map<String, String> environment) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean headlessPlatform = "headless".equalsIgnoreCase(glassPlatform);
        boolean hasDisplay = !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (linux && !headlessPlatform && !hasDisplay) {
            return Optional.of("rxray app: no display found (DISPLAY is not set); the app needs a desktop session."
                    + " The command line works: rxray check FILE");
        }
        return Optional.empty();
    }
}
