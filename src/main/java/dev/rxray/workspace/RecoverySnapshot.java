package dev.rxray.workspace;

import java.time.Instant;

/** An unsaved buffer as it was last autosaved, and the document it belongs to. */
public record RecoverySnapshot(DocumentOrigin origin, String text, Instant savedAt) {

    /**
     * Whether the snapshot is worth offering back, given the text its origin holds now (empty when that origin is
     * gone or unreadable). A copy equal to what is already saved would only be noise; an empty scratch buffer too.
     */
    public boolean differsFrom(java.util.Optional<String> savedText) {
        if (savedText.isPresent()) {
            return !savedText.get().equals(text);
        }
        return !(origin instanceof DocumentOrigin.Scratch) || !text.isBlank();
    }
}
