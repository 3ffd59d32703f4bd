package dev.rxray.ui.variance;

/** The editor as the Variance tab needs it: read the text, replace a range (offsets in UTF-16 units). */
public interface SnippetEditor {
    String text();

    void replace(int start, int end, String text);

    SnippetEditor NONE = new SnippetEditor() {
        @Override
        public String text() {
            return "";
        }

        @Override
        public void replace(int start, int end, String text) {
        }
    };

    static SnippetEditor of(java.util.function.Supplier<String> text, Replacer replacer) {
        return new SnippetEditor() {
            @Override
            public String text() {
                return text.get();
            }

            @Override
            public void replace(int start, int end, String replacement) {
                replacer.replace(start, end, replacement);
            }
        };
    }

    /** Shaped like a text area's {@code replaceText(start, end, text)}. */
    @FunctionalInterface
    interface Replacer {
        void replace(int start, int end, String text);
    }
}
