package dev.rxray.ui;

import dev.rxray.samples.Sample;
import dev.rxray.samples.SampleCatalog;
import dev.rxray.workspace.AtomicFiles;
import dev.rxray.workspace.DocumentOrigin;
import dev.rxray.workspace.FileText;
import dev.rxray.workspace.IoMessages;
import dev.rxray.workspace.RecoverySnapshot;
import dev.rxray.workspace.RecoveryStore;
import dev.rxray.workspace.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The document in the editor and everything that keeps it safe: where it came from, opening, saving (atomically,
 * with the file's own line endings), asking before unsaved changes would be dropped, the debounced autosave to the
 * recovery file, and offering that copy back after a crash. Every failure becomes a message; the text in the
 * editor is never touched by a failed operation.
 */
final class DocumentSession implements AutoCloseable {
    private final EditorPane editor;
    private final Settings settings;
    private final RecoveryStore recovery;
    private final SampleCatalog catalog;
    private final Dialogs dialogs;
    private final Consumer<String> status;
    private final ObjectProperty<DocumentOrigin> origin = new SimpleObjectProperty<>(new DocumentOrigin.Scratch());
    private final StringBinding title;
    /** One thread for recovery writes, so an autosave and a later clear happen in the order they were asked. */
    private final ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rxray-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private FileText shape = FileText.of("");

    DocumentSession(EditorPane editor, Settings settings, RecoveryStore recovery, SampleCatalog catalog, Dialogs dialogs,
            Consumer<String> status) {
        this.editor = editor;
        this.settings = settings;
        this.recovery = recovery;
        this.catalog = catalog;
        this.dialogs = dialogs;
        this.status = status;
        this.title = Bindings.createStringBinding(
                () -> origin.get().displayName()
                        + (origin.get() instanceof DocumentOrigin.BundledSample ? " (sample)" : "")
                        + (editor.modifiedProperty().get() ? " \u2022" : "") + " \u2014 Rust X-Ray",
                origin, editor.modifiedProperty());
    }

    StringBinding titleProperty() {
        return title;
    }

    ObjectProperty<DocumentOrigin> originProperty() {
        return origin;
    }

    DocumentOrigin origin() {
        return origin.get();
    }

    boolean modified() {
        return editor.modifiedProperty().get();
    }

    /** Opens a file after asking about unsaved changes; false when cancelled or unreadable. */
    boolean requestOpen(Path path) {
        return confirmDiscard() && openFile(path);
    }

    boolean requestOpen(Sample sample) {
        if (origin.get() instanceof DocumentOrigin.BundledSample(String id) && id.equals(sample.id()) && !modified()) {
            return true;
        }
        if (!confirmDiscard()) {
            return false;
        }
        openSample(sample);
        return true;
    }

    /** Opens a file as it is on disk; reports and returns false when it cannot be read. */
    boolean openFile(Path path) {
        FileText file;
        try {
            file = FileText.read(path);
        } catch (IOException e) {
            dialogs.error("Could not open the file", path + "\n\n" + capitalized(IoMessages.describe(e)) + ".");
            return false;
        } catch (OutOfMemoryError e) {
            dialogs.error("Could not open the file", path + "\n\nThe file is too large to edit.");
            return false;
        }
        shape = file;
        origin.set(new DocumentOrigin.OnDisk(path));
        editor.load(file.text());
        settings.rememberFile(path);
        saveSettingsQuietly();
        status.accept(file.validUtf8() ? "Opened " + path
                : "Opened " + path + ": some bytes are not UTF-8 and show as \uFFFD; saving will replace them");
        return true;
    }

    void openSample(Sample sample) {
        shape = FileText.of(sample.text());
        origin.set(new DocumentOrigin.BundledSample(sample.id()));
        editor.load(sample.text());
        settings.rememberSample(sample.id());
        saveSettingsQuietly();
        status.accept("Sample " + sample.id() + (sample.description().isEmpty() ? "" : ": " + sample.description()));
    }

    void openScratch(String text) {
        shape = FileText.of(text);
        origin.set(new DocumentOrigin.Scratch());
        editor.load(text);
    }

    /** Saves where the document lives, or asks for a file when it has none (a sample, a scratch text). */
    boolean save() {
        if (origin.get() instanceof DocumentOrigin.OnDisk(Path path)) {
            return writeTo(path);
        }
        return saveAs();
    }

    boolean saveAs() {
        Optional<Path> folder = origin.get() instanceof DocumentOrigin.OnDisk(Path path)
                ? Optional.ofNullable(path.getParent())
                : settings.lastFile().map(Path::getParent);
        Optional<Path> target = dialogs.chooseFileToSave(folder, origin.get().displayName());
        return target.isPresent() && writeTo(target.get());
    }

    /** Asks what to do with unsaved changes; true when the caller may go on and replace the document. */
    boolean confirmDiscard() {
        if (!modified()) {
            return true;
        }
        return switch (dialogs.askUnsaved(origin.get().displayName())) {
            case SAVE -> save();
            case DISCARD -> {
                clearRecovery();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Writes the recovery copy in the background if the buffer has unsaved changes (FX thread). */
    void autosave() {
        if (!modified()) {
            return;
        }
        RecoverySnapshot snapshot = new RecoverySnapshot(origin.get(), editor.text(), Instant.now());
        io.execute(() -> {
            try {
                recovery.save(snapshot);
            } catch (IOException e) {
                String reason = IoMessages.describe(e);
                Platform.runLater(() -> status.accept("Could not write the recovery copy: " + reason));
            }
        });
    }

    /** At start-up: offers back a recovery copy left by a session that ended with unsaved changes. */
    void offerRecovery() {
        Optional<RecoverySnapshot> found = recovery.load();
        if (found.isEmpty()) {
            return;
        }
        RecoverySnapshot snapshot = found.get();
        Optional<String> saved = savedText(snapshot.origin());
        if (!snapshot.differsFrom(saved)) {
            clearRecovery();
            return;
        }
        if (!dialogs.offerRecovery(snapshot.origin().displayName(), snapshot.savedAt())) {
            clearRecovery();
            return;
        }
        switch (snapshot.origin()) {
            case DocumentOrigin.OnDisk(Path path) -> {
                if (saved.isEmpty() || !openFile(path)) {
                    shape = FileText.of("");
                    origin.set(snapshot.origin());
                    editor.load("");
                }
            }
            case DocumentOrigin.BundledSample(String id) -> catalog.find(id).ifPresentOrElse(this::openSample, () -> {
                origin.set(new DocumentOrigin.Scratch());
                editor.load("");
            });
            case DocumentOrigin.Scratch() -> openScratch("");
        }
        editor.replaceAsEdit(snapshot.text());
        status.accept("Restored unsaved changes to " + snapshot.origin().displayName());
    }

    /** The window is closing and the user agreed: finish pending writes, drop a copy that is no longer needed. */
    @Override
    public void close() {
        boolean keepCopy = modified();
        io.shutdown();
        try {
            io.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!keepCopy) {
            try {
                recovery.clear();
            } catch (IOException e) {
                // A stale copy only leads to one question at the next start, and only if it differs.
            }
        }
    }

    private boolean writeTo(Path path) {
        String text = editor.text();
        try {
            AtomicFiles.write(path, shape.encode(text));
        } catch (IOException e) {
            autosave();
            dialogs.error("Could not save the file", path + "\n\n" + capitalized(IoMessages.describe(e))
                    + ".\n\nYour text is still in the editor and in the recovery copy; nothing was lost.");
            return false;
        }
        shape = shape.withText(text);
        origin.set(new DocumentOrigin.OnDisk(path));
        editor.markSaved();
        settings.rememberFile(path);
        saveSettingsQuietly();
        clearRecovery();
        status.accept("Saved " + path);
        return true;
    }

    private Optional<String> savedText(DocumentOrigin of) {
        return switch (of) {
            case DocumentOrigin.OnDisk(Path path) -> {
                try {
                    yield Optional.of(FileText.read(path).text());
                } catch (IOException e) {
                    yield Optional.empty();
                }
            }
            case DocumentOrigin.BundledSample(String id) -> catalog.find(id).map(Sample::text);
            case DocumentOrigin.Scratch() -> Optional.empty();
        };
    }

    private void clearRecovery() {
        io.execute(() -> {
            try {
                recovery.clear();
            } catch (IOException e) {
                String reason = IoMessages.describe(e);
                Platform.runLater(() -> status.accept("Could not remove the recovery copy: " + reason));
            }
        });
    }

    private void saveSettingsQuietly() {
        try {
            settings.save();
        } catch (IOException e) {
            status.accept("Could not save settings: " + IoMessages.describe(e));
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
