package dev.rxray.diagram;

import dev.rxray.syntax.Span;
import java.util.List;

/** Hand-built figures in the shape the async and variance analyses will produce, for render and view tests. */
public final class SampleFigures {
    private SampleFigures() {
    }

    /**
     * The state machine of
     * {@code async fn checkout(items: Vec<Item>) -> Result<u32, E> { for it in &items { fetch(it).await?; } ... }}:
     * five states, a loop back edge, Pending self-loops, and field types full of characters DOT must escape.
     */
    public static GraphFigure asyncStateMachine() {
        Field items = Field.of("items", "Vec<Item>").withNote("24 B").withTooltip("upvar: the parameter `items`");
        Field upvar = Field.of("items", "Vec<Item>").withNote("upvar · 24 B").withEmphasis(Emphasis.MUTED);
        DiagramNode unresumed = DiagramNode.of("Unresumed", NodeRole.START, List.of(upvar))
                .withSubtitle("not yet polled");
        DiagramNode suspend0 = DiagramNode.of("Suspend0", NodeRole.STATE, List.of(
                        upvar,
                        Field.of("it", "&Item").withNote("8 B")
                                .withSource(SourceLink.at(new Span(40, 42, 3, 9, 3, 11))),
                        Field.of("iter", "std::slice::Iter<'_, Item>").withNote("16 B"),
                        Field.of("__awaitee", "{async fn body of fetch()}").withNote("32 B")
                                .withEmphasis(Emphasis.STRONG).withTooltip("fetch(it) at 3:22"),
                        Field.of("guard", "MutexGuard<'_, Map<&str, (u8|u16)>>").withNote("16 B")
                                .withEmphasis(Emphasis.WARNING).withTooltip("not Send: held across this await")))
                .withSubtitle("fetch(it).await  ·  line 3");
        DiagramNode suspend1 = DiagramNode.of("Suspend1", NodeRole.STATE, List.of(
                        upvar,
                        Field.of("total", "u32").withNote("4 B"),
                        Field.of("__awaitee", "Pin<Box<dyn Future<Output = ()> + Send>>").withNote("16 B")
                                .withEmphasis(Emphasis.STRONG),
                        Field.of("log", "ext::Logger").withNote("8 B").asAssumed()
                                .withTooltip("from another crate: assumed to need drop")))
                .withSubtitle("flush(&log).await  ·  line 6");
        DiagramNode returned = DiagramNode.of("Returned", NodeRole.DONE, List.of());
        DiagramNode panicked = DiagramNode.of("Panicked", NodeRole.FAILED, List.of());
        return GraphFigure.builder("async fn checkout")
                .node(unresumed).node(suspend0).node(suspend1).node(returned).node(panicked)
                .edge(unresumed.id(), suspend0.id(), EdgeKind.POLL, "poll")
                .edge(suspend0.id(), suspend0.id(), EdgeKind.PENDING, "Pending")
                .edge(suspend0.id(), suspend0.id(), EdgeKind.BACK, "Ready, next item")
                .edge(suspend0.id(), suspend1.id(), EdgeKind.READY, "Ready, loop done")
                .edge(suspend0.id(), returned.id(), EdgeKind.RETURN, "Err(e)?")
                .edge(suspend1.id(), suspend1.id(), EdgeKind.PENDING, "Pending")
                .edge(suspend1.id(), returned.id(), EdgeKind.RETURN, "Ready, return Ok")
                .edge(suspend1.id(), panicked.id(), EdgeKind.PANIC, "panic")
                .build();
    }

    /** The variance table of {@code struct Holder<'a, T, F> { r: &'a T, cache: RefCell<Vec<T>>, f: fn(F) }}. */
    public static TableFigure varianceTable() {
        TableColumn a = TableColumn.of("'a");
        TableColumn t = TableColumn.of("T");
        TableColumn f = TableColumn.of("F");
        TableCell co = new TableCell("+", "covariant", Tone.COVARIANT, "");
        TableCell none = new TableCell("*", "unused", Tone.BIVARIANT, "does not appear in this field");
        return new TableFigure("holder", "struct Holder<'a, T, F>", "field", List.of(a, t, f),
                List.of(
                        TableRow.of("r", "&'a T", List.of(
                                new TableCell("+", "covariant", Tone.COVARIANT, "&'a T is covariant in 'a"),
                                new TableCell("+", "covariant", Tone.COVARIANT, "&'a T is covariant in T"),
                                none)),
                        TableRow.of("cache", "RefCell<Vec<T>>", List.of(none,
                                new TableCell("o", "invariant", Tone.INVARIANT,
                                        "T is under RefCell, which is invariant"),
                                none)),
                        TableRow.of("f", "fn(F) -> ()", List.of(none, none,
                                new TableCell("-", "contravariant", Tone.CONTRAVARIANT,
                                        "F is a fn argument: contravariant")))),
                List.of(TableRow.of("result", "", List.of(co,
                        new TableCell("o", "invariant", Tone.INVARIANT, "+ from r and o from cache give o"),
                        new TableCell("-", "contravariant", Tone.CONTRAVARIANT, "only f mentions F")))),
                List.of(Badge.of("Send", "if T: Send", Tone.CONDITIONAL, "RefCell<Vec<T>> is Send if T: Send"),
                        Badge.of("Sync", "no", Tone.NO, "RefCell is never Sync"),
                        Badge.of("Unpin", "yes", Tone.YES, "every field is Unpin"),
                        Badge.of("drop check", "owns T", Tone.NEUTRAL, "Vec<T> owns its T")));
    }

    /**
     * A long state machine: {@code states} suspend states with three fields each, a Pending self-loop on every
     * state, Ready edges in a chain, a loop back edge every fifth state, and panic edges; for timing layouts.
     */
    public static GraphFigure longStateMachine(int states) {
        return longStateMachine(states, true);
    }

    /** As {@link #longStateMachine(int)}; without panic edges there are no long edges into one hub node. */
    public static GraphFigure longStateMachine(int states, boolean panicEdges) {
        GraphFigure.Builder builder = GraphFigure.builder("async fn long" + states);
        builder.node(DiagramNode.of("Unresumed", NodeRole.START, List.of(Field.of("input", "Vec<u8>"))));
        for (int i = 0; i < states; i++) {
            builder.node(DiagramNode.of("Suspend" + i, NodeRole.STATE, List.of(
                    Field.of("input", "Vec<u8>").withNote("24 B").withEmphasis(Emphasis.MUTED),
                    Field.of("acc" + i, "HashMap<String, Vec<u64>>").withNote("48 B"),
                    Field.of("__awaitee", "{async fn body of step" + i + "()}").withNote("16 B"))));
        }
        builder.node(DiagramNode.of("Returned", NodeRole.DONE, List.of()));
        builder.node(DiagramNode.of("Panicked", NodeRole.FAILED, List.of()));
        builder.edge("Unresumed", "Suspend0", EdgeKind.POLL, "poll");
        for (int i = 0; i < states; i++) {
            String state = "Suspend" + i;
            builder.edge(state, state, EdgeKind.PENDING, "Pending");
            builder.edge(state, i + 1 < states ? "Suspend" + (i + 1) : "Returned", EdgeKind.READY, "Ready");
            if (i % 5 == 4) {
                builder.edge(state, "Suspend" + (i - 3), EdgeKind.BACK, "loop");
                if (panicEdges) {
                    builder.edge(state, "Panicked", EdgeKind.PANIC, "panic");
                }
            }
        }
        return builder.build();
    }

    /** The types of a file and how each uses the others' parameters, left to right, with variance-labelled edges. */
    public static GraphFigure typeGraph() {
        DiagramNode holder = DiagramNode.of("Holder<'a, T, F>", NodeRole.TYPE, List.of(
                Field.of("r", "&'a T"), Field.of("cache", "RefCell<Vec<T>>"), Field.of("f", "fn(F)")));
        DiagramNode node = DiagramNode.of("Node<T>", NodeRole.TYPE, List.of(
                Field.of("value", "T"), Field.of("next", "Option<Box<Node<T>>>")));
        DiagramNode list = DiagramNode.of("List<'a, T>", NodeRole.TYPE, List.of(
                Field.of("head", "Option<&'a Node<T>>"), Field.of("len", "usize")));
        return GraphFigure.builder("types of variance.rs").direction(Direction.LEFT_RIGHT)
                .node(list).node(node).node(holder)
                .edge(Endpoint.row(list.id(), 0), Endpoint.node(node.id()), EdgeKind.COVARIANT, "T: +", "")
                .edge(Endpoint.row(node.id(), 1), Endpoint.node(node.id()), EdgeKind.COVARIANT, "T: +", "")
                .edge(Endpoint.row(holder.id(), 1), Endpoint.node(node.id()), EdgeKind.INVARIANT, "T: o", "")
                .build();
    }
}
