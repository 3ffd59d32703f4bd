package dev.rxray.oracle;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A field that rustc saves in one state of a coroutine: a named local, the future being awaited ({@code __awaitee}),
 * or an unnamed one ({@code .coroutine_fieldN}: temporaries and drop flags).
 *
 * @param size        in bytes, or {@link #UNKNOWN_SIZE} for shadowed locals of one name saved in the same state with
 *                    different sizes: rustc's outputs do not say which of them has which size ({@code size=?})
 * @param printedType the type rustc printed for it, or the empty string (rustc prints types only for awaitees and
 *                    unnamed fields)
 */
public record SavedLocal(String name, int size, Origin origin, String printedType) {

    public enum Kind { NAMED, AWAITEE, UNNAMED }

    public static final int UNKNOWN_SIZE = -1;

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

    public OptionalInt knownSize() {
        return size == UNKNOWN_SIZE ? OptionalInt.empty() : OptionalInt.of(size);
    }

    public Optional<String> type() {
        return printedType.isEmpty() ? Optional.empty() : Optional.of(printedType);
    }
}
