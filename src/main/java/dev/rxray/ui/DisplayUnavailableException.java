package dev.rxray.ui;

/** The desktop app cannot start because there is no screen to show it on; the message is one line for the user. */
public final class DisplayUnavailableException extends RuntimeException {
    public DisplayUnavailableException(String message) {
        super(message);
    }
}
