package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A path such as {@code std::io::Result<T>}, {@code ::core::mem}, {@code Vec::<u8>::new} or
 * {@code <T as Iterator>::Item}. {@code global} is set for a leading {@code ::}; {@code qualifiedSelf} holds the
 * {@code <T as Trait>} part, after which {@code segments} continue.
 */
public record Path(Optional<QualifiedSelf> qualifiedSelf, boolean global, List<PathSegment> segments, Span span)
        implements Node {

    public Path {
        segments = List.copyOf(segments);
    }

    public Path(List<PathSegment> segments, Span span) {
        this(Optional.empty(), false, segments, span);
    }

    /** The segment names joined by {@code ::}, without generic arguments: {@code std::io::Result}. */
    public String names() {
        String joined = segments.stream().map(s -> s.name().text()).collect(Collectors.joining("::"));
        return global ? "::" + joined : joined;
    }

    /** The last segment's name, or the empty string for a path with no segments. */
    public String lastName() {
        return segments.isEmpty() ? "" : segments.getLast().name().name();
    }

    /** True for a plain one-segment path without arguments, such as a local variable {@code x}. */
    public boolean isSingleName() {
        return qualifiedSelf.isEmpty() && !global && segments.size() == 1 && segments.getFirst().args().isEmpty();
    }
}
