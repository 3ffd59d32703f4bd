package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A field declaration; tuple fields have no name. */
public record FieldDef(List<Attribute> attributes, Visibility visibility, Optional<Ident> name, Type type, Span span)
        implements Node {
    public FieldDef {
        attributes = List.copyOf(attributes);
    }
}
