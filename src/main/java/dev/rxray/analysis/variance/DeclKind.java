package dev.rxray.analysis.variance;

import java.util.Locale;

/** The three kinds of nominal type a file can declare. */
public enum DeclKind {
    STRUCT,
    ENUM,
    UNION;

    /** The keyword, as written and as rustc's goldens and the JSON name it. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
