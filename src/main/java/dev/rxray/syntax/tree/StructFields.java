package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;

/** The body of a struct or an enum variant: {@code { a: A }}, {@code (A, B)} or nothing. */
public sealed interface StructFields extends Node {

    List<FieldDef> fields();

    record Named(List<FieldDef> fields, Span span) implements StructFields {
        public Named {
            fields = List.copyOf(fields);
        }
    }

    record Tuple(List<FieldDef> fields, Span span) implements StructFields {
        public Tuple {
            fields = List.copyOf(fields);
        }
    }

    /** No body; the span is empty where it would be. */
    record Unit(Span span) implements StructFields {
        @Override
        public List<FieldDef> fields() {
            return List.of();
        }
    }
}
