package dev.rxray.diagram.async;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.SendBlocker;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.TypeFact;
import dev.rxray.analysis.async.Upvar;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.SourceRegion;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Transition;
import dev.rxray.diagram.DiagramId;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.EdgeKind;
import dev.rxray.diagram.Emphasis;
import dev.rxray.diagram.Field;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.NodeRole;
import dev.rxray.diagram.SourceLink;
import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Builds the state graph of one coroutine and the highlights laid over it. */
public final class AsyncFigures {
    public static final String AWAITEE = "__awaitee";
    /** The id of the note that stands for every state a poll can resume, on machines too large for one edge each. */
    public static final String ANY_POLL = "AnyPoll";
    /** The note that starts every row holding a value that makes the future not {@code Send}. */
    public static final String NOT_SEND = "not Send";
    /**
     * Up to this many suspend states, every state gets its own edge to {@code Panicked}; beyond, one note stands
     * for all of them. The edges add nothing a reader does not know after the first few, cross every other edge, and
     * make the layout of a machine with hundreds of awaits take seconds.
     */
    static final int PANIC_EDGES_UP_TO = 3;

    private AsyncFigures() {
    }

    /** The node id of a state ({@code Suspend0}, {@code Returned}). */
    public static String nodeId(String stateName) {
        return DiagramId.from(stateName);
    }

    public static String title(CoroutineMachine machine) {
        String verdict = machine.send() ? "Send" : "not Send";
        return heading(machine) + "  ·  " + verdict + ", !Unpin";
    }

    /** The graph without source text: tooltips give where a local is declared, not the declaration. */
    public static GraphFigure build(CoroutineMachine machine, CoroutineShape shape) {
        return build(machine, shape, Optional.empty());
    }

    /** The graph; the tooltip of a saved local or temporary quotes its line of {@code source}. */
    public static GraphFigure build(CoroutineMachine machine, CoroutineShape shape, SourceFile source) {
        return build(machine, shape, Optional.of(source));
    }

    private static GraphFigure build(CoroutineMachine machine, CoroutineShape shape, Optional<SourceFile> source) {
        GraphFigure.Builder figure = GraphFigure.builder(title(machine));
        List<MachineState.Suspend> suspends = machine.suspends();
        for (MachineState state : machine.states()) {
            figure.node(node(machine, shape, state, source));
        }
        String unresumed = nodeId("Unresumed");
        String returned = nodeId("Returned");
        String panicked = nodeId("Panicked");
        for (int k : shape.first()) {
            figure.edge(unresumed, nodeId(suspends.get(k).name()), EdgeKind.POLL, "poll");
        }
        if (shape.mayEndWithoutAwait() || shape.first().isEmpty()) {
            figure.edge(unresumed, returned, EdgeKind.RETURN, "poll: Ready");
        }
        for (int k = 0; k < suspends.size(); k++) {
            String here = nodeId(suspends.get(k).name());
            figure.edge(here, here, EdgeKind.PENDING, "Pending");
            for (int j : shape.follow().get(k)) {
                if (j > k) {
                    figure.edge(here, nodeId(suspends.get(j).name()), EdgeKind.READY, "Ready");
                } else {
                    figure.edge(here, nodeId(suspends.get(j).name()), EdgeKind.BACK, "Ready, next iteration");
                }
            }
            if (shape.last().contains(k)) {
                figure.edge(here, returned, EdgeKind.RETURN, shape.endsOnlyByTry(k) ? "Err: ?" : "Ready, return");
            }
        }
        if (suspends.size() <= PANIC_EDGES_UP_TO) {
            figure.edge(unresumed, panicked, EdgeKind.PANIC, "panic");
            for (MachineState.Suspend suspend : suspends) {
                figure.edge(nodeId(suspend.name()), panicked, EdgeKind.PANIC, "");
            }
        } else {
            figure.node(anyPoll(suspends));
            figure.edge(ANY_POLL, panicked, EdgeKind.PANIC, "panic");
        }
        return figure.build();
    }

    private static DiagramNode anyPoll(List<MachineState.Suspend> suspends) {
        String last = suspends.getLast().name();
        return new DiagramNode(ANY_POLL, "any poll", "Unresumed, Suspend0 … " + last, NodeRole.PLAIN, List.of(),
                "Any poll can panic, in whichever state it resumes (Unresumed or Suspend0 to " + last
                        + "); the future is then Panicked.", SourceLink.NONE);
    }

    private static DiagramNode node(CoroutineMachine machine, CoroutineShape shape, MachineState state,
                                    Optional<SourceFile> source) {
        String id = nodeId(state.name());
        return switch (state) {
            case MachineState.Unresumed u -> new DiagramNode(id, state.name(), "created, not yet polled",
                    NodeRole.START, upvarFields(machine, Emphasis.NORMAL, "Unresumed"),
                    "Holds only the upvars until the first poll.", link(shape, 0));
            case MachineState.Suspend s -> new DiagramNode(id, state.name(),
                    shorten(s.awaitee(), 40) + ".await  ·  line " + s.await().line(), NodeRole.STATE,
                    suspendFields(machine, s, source), "Parked at the .await on " + s.await() + "; resumed by the next poll.",
                    link(shape, s.index() + 1));
            case MachineState.Returned r -> new DiagramNode(id, state.name(), "finished",
                    NodeRole.DONE, List.of(), "The body returned; the future holds nothing and polling again panics.", SourceLink.NONE);
            case MachineState.Panicked p -> new DiagramNode(id, state.name(), "unwound",
                    NodeRole.FAILED, List.of(), "A poll panicked; polling again panics.", SourceLink.NONE);
        };
    }

    /** The code that runs when the state is resumed. */
    private static SourceLink link(CoroutineShape shape, int region) {
        if (region >= shape.regions().size()) {
            return SourceLink.NONE;
        }
        SourceRegion r = shape.regions().get(region);
        return r.code().length() == 0 ? SourceLink.NONE : SourceLink.at(r.code());
    }

    private static List<Field> upvarFields(CoroutineMachine machine, Emphasis emphasis, String state) {
        List<Field> fields = new ArrayList<>();
        for (Upvar upvar : machine.upvars()) {
            Field field = Field.of(upvar.name(), typeText(upvar.type()))
                    .withNote(join("upvar", SizeHints.note(upvar.type().text())))
                    .withTooltip("upvar: " + (machine.kind().label().equals("async fn") ? "a parameter"
                            : upvar.origin().isEmpty() ? "a capture" : "a capture that " + upvar.origin())
                            + ", held in every state until the body returns" + assumedText(upvar.type()))
                    .withEmphasis(emphasis);
            fields.add(blocked(machine, state, upvar.name(), upvar.type().assumed() ? field.asAssumed() : field));
        }
        return fields;
    }

    private static List<Field> suspendFields(CoroutineMachine machine, MachineState.Suspend suspend,
                                             Optional<SourceFile> source) {
        List<Field> fields = new ArrayList<>(upvarFields(machine, Emphasis.MUTED, suspend.name()));
        for (SavedLocal local : suspend.locals()) {
            String tooltip = DeclarationLine.at(source, local.declared())
                    .map(line -> line + " · line " + local.declared() + " · saved: ")
                    .orElse("let " + local.name() + " at " + local.declared() + "; saved: ")
                    + local.reason().text() + assumedText(local.type());
            Field field = Field.of(local.name(), typeText(local.type()))
                    .withNote(join(shortReason(local), SizeHints.note(local.type().text())))
                    .withTooltip(tooltip);
            fields.add(blocked(machine, suspend.name(), local.name(),
                    local.type().assumed() ? field.asAssumed() : field));
        }
        for (Temporary temporary : suspend.temporaries()) {
            Field field = Field.of("temp", typeText(temporary.type()))
                    .withNote(SizeHints.note(temporary.type().text()))
                    .withTooltip("temporary " + temporary.text() + " at " + temporary.at()
                            + DeclarationLine.at(source, temporary.at()).map(line -> " (in " + line + ")").orElse("")
                            + "; alive across this await" + assumedText(temporary.type()));
            fields.add(blocked(machine, suspend.name(), temporary.text(),
                    temporary.type().assumed() ? field.asAssumed() : field));
        }
        String awaitee = suspend.awaiteeType().isEmpty() ? shorten(suspend.awaitee(), 48) : suspend.awaiteeType();
        fields.add(Field.of(AWAITEE, awaitee).withEmphasis(Emphasis.STRONG)
                .withTooltip("the awaited future " + suspend.awaitee() + ", polled at " + suspend.await()));
        return fields;
    }

    private static Field blocked(CoroutineMachine machine, String state, String value, Field field) {
        for (SendBlocker blocker : machine.sendBlockers()) {
            if (blocker.state().equals(state) && blocker.value().equals(value)) {
                // Said in words as well as by the row's tint, so a black-and-white print and a reader who cannot
                // tell the tint apart still see which value blocks Send.
                return field.withEmphasis(Emphasis.WARNING)
                        .withNote(join(NOT_SEND, field.note()))
                        .withTooltip(field.tooltip() + "; not Send: " + blocker.reason());
            }
        }
        return field;
    }

    private static String shortReason(SavedLocal local) {
        return switch (local.reason()) {
            case BORROWED -> "borrowed";
            case USED_AFTER -> "used after";
            case DROPPED_AFTER -> "dropped later";
        };
    }

    private static String typeText(TypeFact type) {
        return type.text().equals("?") ? "_" : type.text();
    }

    private static String assumedText(TypeFact type) {
        return type.assumed() ? " (type not known from the snippet: assumed to need drop and be Send)" : "";
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + " · " + b;
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** The stepper's step: its state is current, its edge and the state's saved rows are emphasised. */
    /**
     * The figure captioned with what happens at a step, for exported steps (a slide says what it shows): the step,
     * the poll, the state, what {@code poll} returns, and the stepper's sentence.
     */
    public static GraphFigure captionedAt(GraphFigure figure, Step step) {
        String result = step.result().isEmpty() ? "" : "  \u00b7  " + step.result();
        return figure.withCaption("Step " + step.index() + "  \u00b7  poll #" + step.poll() + "  \u00b7  "
                + step.state() + result + ":  " + step.description());
    }

    /** {@code async fn checkout}; a block or closure's name already says what it is ({@code async block@12:5}). */
    public static String heading(CoroutineMachine machine) {
        String label = machine.kind().label();
        return machine.name().startsWith(label) ? machine.name() : label + " " + machine.name();
    }

    public static Highlight forStep(GraphFigure figure, Step step) {
        Set<String> edges = new TreeSet<>();
        Transition t = step.transition();
        if (t.kind() != Transition.Kind.NONE) {
            EdgeKind kind = switch (t.kind()) {
                case POLL -> EdgeKind.POLL;
                case PENDING -> EdgeKind.PENDING;
                case READY -> EdgeKind.READY;
                case BACK -> EdgeKind.BACK;
                case RETURN -> EdgeKind.RETURN;
                case NONE -> EdgeKind.PLAIN;
            };
            String id = nodeId(t.from()) + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + nodeId(t.to());
            if (figure.edge(id).isPresent()) {
                edges.add(id);
            }
        }
        Set<String> rows = new TreeSet<>();
        figure.node(nodeId(step.state())).ifPresent(node -> {
            for (int i = 0; i < node.fields().size(); i++) {
                if (node.fields().get(i).label().equals(AWAITEE)) {
                    rows.add(node.rowId(i));
                }
            }
        });
        return Highlight.of(Set.of(), edges, rows).withCurrent(nodeId(step.state()));
    }

    /** The rows that make the future not Send. */
    public static Highlight sendBlockers(GraphFigure figure) {
        Set<String> rows = new TreeSet<>();
        for (var node : figure.nodes()) {
            for (int i = 0; i < node.fields().size(); i++) {
                if (node.fields().get(i).emphasis() == Emphasis.WARNING) {
                    rows.add(node.rowId(i));
                }
            }
        }
        return Highlight.of(Set.of(), Set.of(), rows);
    }

    /** A state node with its outgoing edges emphasised, for a click or a caret on an await. */
    public static Highlight forState(GraphFigure figure, String stateName) {
        return Highlight.of(Set.of(nodeId(stateName)), Set.of(), Set.of());
    }
}
