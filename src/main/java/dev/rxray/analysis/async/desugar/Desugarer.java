package dev.rxray.analysis.async.desugar;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.CoroutineKind;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.TypeFact;
import dev.rxray.analysis.async.Upvar;
import dev.rxray.analysis.async.step.BodyLocator;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.syntax.tree.Node;
import dev.rxray.analysis.async.step.Way;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass 2, input: a machine, its {@link BodyCuts} and its {@link CoroutineShape}; output: the
 * {@link DesugaredCoroutine}. The enum has one variant per state with its fields; {@code poll} has one arm per
 * state. An arm ({@link ArmWriter}) shows the code that runs when its state is resumed, on every path to the next
 * await or the end: a statement is shown whole in the arm that runs after its last await, with each
 * {@code x.await} replaced by {@code __outK}, the value that await produced; its header says where it resumes and
 * which states it goes on to (from the {@link CoroutineShape}).
 */
public final class Desugarer {
    /**
     * What polling a finished coroutine panics with. rustc uses the same message for async fns, blocks and closures
     * (checked by compiling and running a program that polls each of them after it finished).
     */
    public static final String RESUMED_AFTER_COMPLETION = "`async fn` resumed after completion";
    /** What polling a coroutine whose previous poll panicked panics with; the same for all three kinds. */
    public static final String RESUMED_AFTER_PANICKING = "`async fn` resumed after panicking";

    private static final String INDENT = "    ";
    private static final int ARM_LEVEL = 5;

    private final CoroutineMachine machine;
    private final SourceFile source;
    private final BodyCuts cuts;
    private final CoroutineShape shape;
    private final List<MachineState.Suspend> suspends;
    private final List<DesugaredLine> out = new ArrayList<>();
    private final List<Integer> arms = new ArrayList<>();
    private final ArmWriter writer;

    private Desugarer(CoroutineMachine machine, ParseResult parse) {
        this.machine = machine;
        this.source = parse.source();
        this.cuts = BodyCuts.of(parse.crate(), parse.source(), machine);
        this.shape = CoroutineShape.of(machine, parse);
        this.suspends = machine.suspends();
        this.writer = new ArmWriter(source, machine, cuts, BodyLocator.find(parse.crate(), machine.body())
                .map(e -> (Node) e));
    }

    public static DesugaredCoroutine desugar(ParseResult parse, CoroutineMachine machine) {
        return new Desugarer(machine, parse).build();
    }

    /** Every coroutine of the report, in its order. */
    public static List<DesugaredCoroutine> desugarAll(ParseResult parse, AsyncReport report) {
        return report.coroutines().stream().map(m -> desugar(parse, m)).toList();
    }

    /** The enum's name: the coroutine's name as one CamelCase word, then {@code Future}. */
    public static String enumName(CoroutineMachine machine) {
        StringBuilder name = new StringBuilder();
        for (String word : machine.name().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                for (String part : word.split("_")) {
                    if (!part.isEmpty()) {
                        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                    }
                }
            }
        }
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Coroutine");
        }
        return name + "Future";
    }

    private DesugaredCoroutine build() {
        header();
        stateEnum();
        plain("");
        implFuture();
        return new DesugaredCoroutine(machine.name(), out, arms);
    }

    private void header() {
        plain("// " + (machine.name().startsWith("async ") ? "" : machine.kind().label() + " ") + machine.name() + " (line " + machine.start().line() + "): "
                + machine.rustcName());
        plain("// An explanation model of the state machine rustc generates, not rustc's literal output: rustc");
        plain("// lowers the body to MIR and turns it into a switch with gotos. The states, their saved fields,");
        plain("// the awaited futures and the panic messages are rustc's; each arm shows the source code that runs");
        plain("// when its state is resumed, up to the next await, with `__outK` for the value of await K. Resumed");
        plain("// inside a branch or loop, it runs the rest of that block, then the code after it. Fields and");
        plain("// `state` are named directly; `continue 'poll` goes round the poll loop, which polls the new");
        plain("// `__awaitee` at once.");
    }

    // ---------------------------------------------------------------- the enum

    private void stateEnum() {
        String name = enumName(machine);
        plain("enum " + name + " {");
        List<MachineState> states = machine.states();
        for (int s = 0; s < states.size(); s++) {
            MachineState state = states.get(s);
            List<String[]> fields = fields(state);
            Span origin = switch (state) {
                case MachineState.Suspend k -> cuts.awaits().get(k.index()).expression();
                default -> DesugaredLine.NO_SOURCE;
            };
            if (fields.isEmpty()) {
                line(1, state.name() + ",", s, origin);
                continue;
            }
            String inline = state.name() + " { " + String.join(", ", fields.stream().map(f -> f[0]).toList()) + " },";
            if (state instanceof MachineState.Unresumed && inline.length() <= 60) {
                line(1, inline, s, origin);
                continue;
            }
            line(1, state.name() + " {", s, origin);
            int width = fields.stream().mapToInt(f -> f[0].length()).max().orElse(0) + 1;
            for (String[] f : fields) {
                String text = f[0] + ",";
                if (!f[1].isEmpty()) {
                    text = text + " ".repeat(Math.max(1, width + 2 - text.length())) + "// " + f[1];
                }
                line(2, text, s, fieldSpan(f[2]));
            }
            line(1, "},", s, origin);
        }
        plain("}");
    }

    /** Each field as {name: type, comment, source key}. */
    private List<String[]> fields(MachineState state) {
        List<String[]> fields = new ArrayList<>();
        switch (state) {
            case MachineState.Unresumed u -> upvars(fields, false);
            case MachineState.Suspend k -> {
                upvars(fields, true);
                for (SavedLocal local : k.locals()) {
                    fields.add(new String[] {local.name() + ": " + type(local.type()),
                            "saved local (let at " + local.declared() + "): " + local.reason().text(),
                            "local:" + local.declared()});
                }
                List<Temporary> temporaries = k.temporaries();
                for (int t = 0; t < temporaries.size(); t++) {
                    Temporary temporary = temporaries.get(t);
                    fields.add(new String[] {"__temp" + t + ": " + type(temporary.type()),
                            "temporary `" + temporary.text() + "` (" + temporary.at() + ")",
                            "temp:" + temporary.at() + ":" + temporary.text().length()});
                }
                String awaitee = k.awaiteeType().isEmpty() ? "impl Future" : k.awaiteeType();
                fields.add(new String[] {"__awaitee: " + awaitee, "`" + k.awaitee() + "` (" + k.await() + ")",
                        "awaitee:" + k.index()});
            }
            default -> { }
        }
        return fields;
    }

    private void upvars(List<String[]> fields, boolean commented) {
        for (Upvar upvar : machine.upvars()) {
            fields.add(new String[] {upvar.name() + ": " + type(upvar.type()), commented ? "upvar" : "", ""});
        }
    }

    private static String type(TypeFact type) {
        String text = type.text();
        if (text.equals("?")) {
            return "_";
        }
        if (text.startsWith("iterator over ")) {
            return "_ /* the iterator of `" + text.substring("iterator over ".length()) + "` */";
        }
        return text;
    }

    private Span fieldSpan(String key) {
        String[] parts = key.split(":", 4);
        return switch (parts[0]) {
            case "local" -> identifierAt(new Position(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])), 0);
            case "temp" -> identifierAt(new Position(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])),
                    Integer.parseInt(parts[3]));
            case "awaitee" -> cuts.awaits().get(Integer.parseInt(parts[1])).awaitee();
            default -> DesugaredLine.NO_SOURCE;
        };
    }

    /** The identifier at a position, or {@code length} characters when that is given. */
    private Span identifierAt(Position at, int length) {
        String text = source.text();
        int start = CoroutineShape.offsetOf(source, at);
        int end = start;
        if (length > 0) {
            end = Math.min(text.length(), start + length);
        } else {
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
        }
        return source.span(start, Math.max(end, Math.min(text.length(), start + 1)));
    }

    // ---------------------------------------------------------------- the impl

    private void implFuture() {
        String output = output();
        plain("impl Future for " + enumName(machine) + " {");
        plain(INDENT + "type Output = " + output + ";");
        plain("");
        plain(INDENT + "fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<" + output + "> {");
        plain(INDENT.repeat(2) + "'poll: loop {");
        plain(INDENT.repeat(3) + "match self.state {");
        List<MachineState> states = machine.states();
        for (int s = 0; s < states.size(); s++) {
            arms.add(out.size());
            switch (states.get(s)) {
                case MachineState.Unresumed u -> arm(s, -1);
                case MachineState.Suspend k -> arm(s, k.index());
                case MachineState.Returned r -> line(ARM_LEVEL - 1, "Returned => panic!(\"" + RESUMED_AFTER_COMPLETION
                        + "\"),", s, DesugaredLine.NO_SOURCE);
                case MachineState.Panicked p -> line(ARM_LEVEL - 1, "Panicked => panic!(\"" + RESUMED_AFTER_PANICKING
                        + "\"),", s, DesugaredLine.NO_SOURCE);
            }
        }
        plain(INDENT.repeat(3) + "}");
        plain(INDENT.repeat(2) + "}");
        plain(INDENT + "}");
        plain("}");
    }

    private String output() {
        if (machine.kind() == CoroutineKind.ASYNC_FN) {
            return cuts.returnType().isEmpty() ? "()" : cuts.returnType();
        }
        return "_ /* the body's type, inferred */";
    }

    /**
     * The arm of state {@code s}, resumed after await {@code from} (-1: the body's start): the code that runs until
     * it reaches another await or returns.
     */
    private void arm(int s, int from) {
        List<BodyCuts.AwaitCut> awaits = cuts.awaits();
        String name = machine.states().get(s).name();
        Span armOrigin = from < 0 ? DesugaredLine.NO_SOURCE : awaits.get(from).expression();
        line(ARM_LEVEL - 1, name + " => {", s, armOrigin);
        if (from >= 0 && !awaits.get(from).around().isEmpty()) {
            line(ARM_LEVEL, "// resumed inside " + String.join(" > ", awaits.get(from).around()), s,
                    DesugaredLine.NO_SOURCE);
        }
        line(ARM_LEVEL, "// goes on to " + nextStates(from), s, DesugaredLine.NO_SOURCE);
        List<ArmWriter.Rendered> body = writer.arm(from);
        int base = body.stream().filter(r -> !r.text().isBlank()).mapToInt(ArmWriter.Rendered::indent).min().orElse(0);
        for (ArmWriter.Rendered r : body) {
            String text = r.text().isBlank() ? "" : " ".repeat(r.indent() - base) + r.text();
            line(ARM_LEVEL, text, s, r.origin());
        }
        line(ARM_LEVEL - 1, "}", s, DesugaredLine.NO_SOURCE);
    }

    private String nextStates(int from) {
        List<String> ways = new ArrayList<>();
        List<Way> byTarget = shape.waysFrom(from).stream()
                .sorted(java.util.Comparator.comparingInt((Way w) -> w.returns() ? Integer.MAX_VALUE : w.to()))
                .toList();
        for (Way way : byTarget) {
            String target = way.returns() ? "Returned" : suspends.get(way.to()).name();
            String how = switch (way.kind()) {
                case ON, END, LOOP_ENDS -> "";
                case AGAIN, CONTINUE -> way.rounds().isEmpty() ? " (a loop goes round)"
                        : " (the `" + shape.loops().get(way.rounds().getLast()).keyword() + "` goes round)";
                case BREAK -> " (after a `break`)";
                case RETURN -> " (by `return`)";
                case TRY -> " (when `?` returns early)";
            };
            if (!ways.contains(target + how)) {
                ways.add(target + how);
            }
        }
        if (ways.isEmpty()) {
            ways.add("Returned");
        }
        if (ways.contains("Returned") && ways.stream().filter(w -> w.startsWith("Returned")).count() > 1) {
            ways.set(ways.indexOf("Returned"), "Returned (at the end)");
        }
        return ways.size() == 1 ? ways.getFirst()
                : String.join(", ", ways.subList(0, ways.size() - 1)) + " or " + ways.getLast();
    }

    private void plain(String text) {
        out.add(DesugaredLine.plain(text));
    }

    private void line(int level, String text, int state, Span origin) {
        out.add(new DesugaredLine(text.isEmpty() ? "" : INDENT.repeat(level) + text, state, origin));
    }
}
