package dev.rxray.oracle;

import java.util.Optional;

/**
 * A field that rustc saves in one state of a coroutine: a named local, the future being awaited ({@code __awaitee}),
 * or an unnamed one ({@code .coroutine_fieldN}: temporaries and drop flags).
 *
 * @param printedType the type rustc printed for it, or the empty string (rustc prints types only for awaitees and
 *                    unnamed fields)
 */
public record SavedLocal(String name, int size, Origin origin, String printedType) {

    public enum Kind { NAMED, AWAITEE, UNNAMED }

    static final String AWAITEE = "__awaitee";
    static final String UNNAMED_PREFIX = ".coroutine_field";

    public Kind kind() {
        if (name.equals(AWAITEE)) {
            return Kind.AWAITEE;
        }
        return name.startsWith(UNNAMED_PREFIX) ? Kind.UNNAMED : Kind.NAMED;
    }

    public Optional<SourceSpan> span() {
        return switch (origin) {
            case Origin.InSample(SourceSpan span) -> Optional.of(span);
            case Origin.Elsewhere() -> Optional.empty();
        };
    }

    public Optional<String> type() {
        return printedType.isEmpty() ? Optional.empty() : Optional.of(printedType);
    }
}
