package dev.rxray.ui.diagram;

import dev.rxray.render.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The second question of an export: where. In the app it is the system's save dialog; a headless test, which cannot
 * answer a native dialog, gives the path itself.
 */
@FunctionalInterface
public interface SaveChooser {
    /**
     * The file to write, or empty when the user cancels. {@code fileName} is the suggested name with the format's
     * extension; {@code folder} is where the last export went, if any.
     */
    Optional<Path> choose(Window owner, ExportFormat format, String fileName, Optional<Path> folder);
}
