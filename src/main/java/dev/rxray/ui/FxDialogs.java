package dev.rxray.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts and file choosers, owned by the main window. */
final class FxDialogs implements Dialogs {
    private static final FileChooser.ExtensionFilter RUST = new FileChooser.ExtensionFilter("Rust source (*.rs)", "*.rs");
    private static final FileChooser.ExtensionFilter ALL = new FileChooser.ExtensionFilter("All files", "*");

    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes to " + documentName + " will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean offerRecovery(String documentName, Instant savedAt) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(savedAt);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Rust X-Ray was closed with unsaved changes to " + documentName + " (autosaved " + when + ").",
                restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved changes");
        alert.setHeaderText("Restore your unsaved changes?");
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        FileChooser chooser = chooser("Open Rust file", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
        FileChooser chooser = chooser("Save Rust file", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(RUST, ALL);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }
}
