package dev.rxray.diagram;

import dev.rxray.syntax.Span;
import java.util.Optional;

/** Where in the source a drawn thing comes from, if anywhere: the view highlights it on hover or click. */
public sealed interface SourceLink {
    SourceLink NONE = new Unlinked();

    static SourceLink at(Span span) {
        return new Linked(span);
    }

    default Optional<Span> location() {
        return switch (this) {
            case Linked(Span at) -> Optional.of(at);
            case Unlinked u -> Optional.empty();
        };
    }

    record Linked(Span span) implements SourceLink {
        public Linked {
            java.util.Objects.requireNonNull(span, "span");
        }
    }

    record Unlinked() implements SourceLink {
    }
}
