package dev.rxray.analysis.async;

/** Why a local is kept in a suspended state; the first that applies, in this order. */
public enum SaveReason {
    /** It was borrowed before the await: rustc keeps such a local until its scope ends. */
    BORROWED("borrowed before the await"),
    /** It is read, moved or borrowed after the await. */
    USED_AFTER("used after the await"),
    /** Its type needs drop and it may still be initialised when its scope ends. */
    DROPPED_AFTER("dropped at the end of its scope");

    private final String text;

    SaveReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
