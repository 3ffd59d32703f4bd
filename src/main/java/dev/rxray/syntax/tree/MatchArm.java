package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** {@code pattern if guard => body}. */
public record MatchArm(List<Attribute> attributes, Pattern pattern, Optional<Expr> guard, Expr body, Span span)
        implements Node {
    public MatchArm {
        attributes = List.copyOf(attributes);
    }
}
