package dev.rxray.outline;

import dev.rxray.syntax.tree.Crate;
import java.util.List;

/** Turns a syntax tree into the outline shown by the CLI and the app. */
public final class OutlineBuilder {
    private OutlineBuilder() {
    }

    /** PLACEHOLDER until the tree lands. */
    public static List<OutlineItem> build(Crate crate) {
        return List.of();
    }
}
