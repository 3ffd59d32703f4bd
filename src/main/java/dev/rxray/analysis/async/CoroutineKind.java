package dev.rxray.analysis.async;

/** The three source forms that rustc lowers to a coroutine, with the word the JSON contract uses for each. */
public enum CoroutineKind {
    ASYNC_FN("async fn"),
    ASYNC_BLOCK("async block"),
    ASYNC_CLOSURE("async closure");

    private final String label;

    CoroutineKind(String label) {
        this.label = label;
    }

    /** {@code async fn}, {@code async block} or {@code async closure}. */
    public String label() {
        return label;
    }
}
