package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A pattern, in {@code let}, parameters, {@code match} arms, {@code for} and {@code if let}. */
public sealed interface Pattern extends Node {

    /** {@code 1}, {@code -1}, {@code "s"}, {@code b'a'}, {@code true}; {@code text} is as written, sign included. */
    record Literal(LitKind kind, String text, Span span) implements Pattern {
    }

    /** {@code a..=b}, {@code a..b}, {@code a..}, {@code ..=b}; bounds are literal or path patterns. */
    record Range(Optional<Pattern> start, Optional<Pattern> end, RangeLimits limits, Span span) implements Pattern {
    }

    /** {@code ref mut name @ subpattern}. */
    record Binding(boolean byRef, boolean mutable, Ident name, Optional<Pattern> subpattern, Span span)
            implements Pattern {
    }

    record Wildcard(Span span) implements Pattern {
    }

    /** {@code ..} inside a tuple, slice or tuple-struct pattern. */
    record Rest(Span span) implements Pattern {
    }

    record Tuple(List<Pattern> elements, Span span) implements Pattern {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    record Slice(List<Pattern> elements, Span span) implements Pattern {
        public Slice {
            elements = List.copyOf(elements);
        }
    }

    /** {@code Point { x, y: 0, .. }}; {@code rest} is the trailing {@code ..}. */
    record Struct(Path path, List<FieldPattern> fields, boolean rest, Span span) implements Pattern {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record TupleStruct(Path path, List<Pattern> elements, Span span) implements Pattern {
        public TupleStruct {
            elements = List.copyOf(elements);
        }
    }

    /** A path that is not a single plain name: {@code None::<u8>}, {@code Ordering::Less}, {@code <T>::C}. */
    record PathPat(Path path, Span span) implements Pattern {
    }

    record Or(List<Pattern> alternatives, Span span) implements Pattern {
        public Or {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** {@code &p} or {@code &mut p}. */
    record Reference(boolean mutable, Pattern pattern, Span span) implements Pattern {
    }

    record Macro(MacroCall call, Span span) implements Pattern {
    }

    record Paren(Pattern pattern, Span span) implements Pattern {
    }

    /** Stands where a pattern did not parse. */
    record Error(Span span) implements Pattern {
    }
}
