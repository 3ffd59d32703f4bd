package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Optional;

/** The tree of a {@code use} declaration. {@code self} inside braces is a {@link Simple} path {@code self}. */
public sealed interface UseTree extends Node {

    /** {@code a::b::c} or {@code a::b::c as d} (the rename may be {@code _}). */
    record Simple(Path path, Optional<Ident> rename, Span span) implements UseTree {
    }

    /** {@code a::b::*}, or a bare {@code *} / {@code ::*}. */
    record Glob(Optional<Path> prefix, Span span) implements UseTree {
    }

    /** {@code a::{b, c::*, d as e}}, or a bare {@code {...}} / {@code ::{...}}. */
    record Nested(Optional<Path> prefix, List<UseTree> trees, Span span) implements UseTree {
        public Nested {
            trees = List.copyOf(trees);
        }
    }
}
