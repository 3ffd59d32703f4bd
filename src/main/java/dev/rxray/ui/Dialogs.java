package dev.rxray.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The questions and messages the app puts to the user; an interface so tests can answer them. */
interface Dialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** A plain message about something that failed; never a stack trace. */
    void error(String title, String message);

    UnsavedChoice askUnsaved(String documentName);

    /** True to restore the recovered text, false to discard it. */
    boolean offerRecovery(String documentName, Instant savedAt);

    Optional<Path> chooseFileToOpen(Optional<Path> folder);

    Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName);
}
