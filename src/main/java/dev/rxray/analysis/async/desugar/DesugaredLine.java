package dev.rxray.analysis.async.desugar;

import dev.rxray.syntax.Span;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of the desugared text.
 *
 * @param state  the index in {@code CoroutineMachine.states()} of the state this line belongs to (its enum variant
 *               or its match arm), or {@link #NO_STATE}
 * @param source the source span the line was made from, or {@link #NO_SOURCE}
 */
public record DesugaredLine(String text, int state, Span source) {
    public static final int NO_STATE = -1;
    public static final Span NO_SOURCE = new Span(0, 0, 0, 0, 0, 0);

    public static DesugaredLine plain(String text) {
        return new DesugaredLine(text, NO_STATE, NO_SOURCE);
    }

    public OptionalInt stateIndex() {
        return state == NO_STATE ? OptionalInt.empty() : OptionalInt.of(state);
    }

    public Optional<Span> origin() {
        return source.equals(NO_SOURCE) ? Optional.empty() : Optional.of(source);
    }
}
