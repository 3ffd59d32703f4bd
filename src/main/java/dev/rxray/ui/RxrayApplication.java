package dev.rxray.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: its only argument is the optional file to open. */
public final class RxrayApplication extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Optional<Path> file = args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.getFirst()));
        MainWindow.open(stage, file);
    }
}
