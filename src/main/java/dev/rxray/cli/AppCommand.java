package dev.rxray.cli;

import dev.rxray.ui.DesktopApp;
import dev.rxray.ui.DisplayUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rxray app}: opens the desktop app, or says in one line why it cannot. */
@Command(
        name = "app",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Opens the desktop app on FILE, or on the built-in default sample.",
            "Exit 1 with a one-line message when there is no display or the app cannot start."
        })
final class AppCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A Rust file to open.")
    private Optional<String> file = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> path = Optional.empty();
        if (file.isPresent()) {
            Optional<Unreadable> problem = unopenable(file.get());
            if (problem.isPresent()) {
                TextFormat.unreadable(err, problem.get());
                err.flush();
                return ExitCodes.USAGE_OR_IO;
            }
            path = Optional.of(Path.of(file.get()).toAbsolutePath());
        }
        try {
            DesktopApp.launch(path);
            return ExitCodes.OK;
        } catch (RuntimeException | LinkageError e) {
            // JavaFX reports a failed start (no GTK, no OpenGL, a broken display) by throwing from launch(); the app
            // turns the ones it knows into a DisplayUnavailableException whose message is the sentence to print.
            err.println(startFailure(e));
            err.flush();
            return ExitCodes.ERRORS;
        }
    }

    static String startFailure(Throwable e) {
        return switch (e) {
            case DisplayUnavailableException explained -> firstLine(explained.getMessage());
            default -> "rxray: the app could not start: " + rootMessage(e) + ". The command line works: rxray check FILE";
        };
    }

    private static Optional<Unreadable> unopenable(String name) {
        try {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                return Optional.of(new Unreadable(name, "is a directory"));
            }
            if (!Files.exists(path)) {
                return Optional.of(new Unreadable(name, "no such file"));
            }
            if (!Files.isReadable(path)) {
                return Optional.of(new Unreadable(name, "permission denied"));
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of(new Unreadable(name, "not a valid path"));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = firstLine(cause.getMessage());
        return message.isEmpty() ? cause.getClass().getSimpleName() : message;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
