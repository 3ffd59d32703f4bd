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
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Way;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pass 2, input: a machine, its {@link BodyCuts} and its {@link CoroutineShape}; output: the
 * {@link DesugaredCoroutine}. The enum has one variant per state with its fields; {@code poll} has one arm per
 * state. An arm shows the source from the statement holding the previous await to the statement holding the next
 * one: a statement is shown whole in the arm that runs after its last await, with each {@code x.await} replaced by
 * {@code __outK}, the value that await produced.
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
    private static final int TAB_WIDTH = 4;

    private final CoroutineMachine machine;
    private final SourceFile source;
    private final BodyCuts cuts;
    private final CoroutineShape shape;
    private final List<MachineState.Suspend> suspends;
    private final List<DesugaredLine> out = new ArrayList<>();
    private final List<Integer> arms = new ArrayList<>();
    private final List<TempCut> temporaries = new ArrayList<>();
    /** The offsets where an await, a temporary or a return starts: the only places a replacement can begin. */
    private final java.util.Set<Integer> replaceable = new java.util.HashSet<>();

    private Desugarer(CoroutineMachine machine, ParseResult parse) {
        this.machine = machine;
        this.source = parse.source();
        this.cuts = BodyCuts.of(parse.crate(), parse.source(), machine);
        this.shape = CoroutineShape.of(machine, parse.source());
        this.suspends = machine.suspends();
        String text = source.text();
        for (MachineState.Suspend suspend : suspends) {
            for (int t = 0; t < suspend.temporaries().size(); t++) {
                Temporary temporary = suspend.temporaries().get(t);
                int at = CoroutineShape.offsetOf(source, temporary.at());
                int end = at + temporary.text().length();
                if (end <= text.length() && text.substring(at, end).equals(temporary.text())) {
                    temporaries.add(new TempCut(suspend.index(), at, end, "__temp" + t));
                }
            }
        }
        indexReplaceable();
    }

    private void indexReplaceable() {
        cuts.awaits().forEach(a -> replaceable.add(a.expression().startOffset()));
        cuts.returns().forEach(r -> replaceable.add(r.span().startOffset()));
        temporaries.forEach(t -> replaceable.add(t.start()));
    }

    /** Where a temporary's expression stands in the source, and the field that holds its value. */
    private record TempCut(int suspend, int start, int end, String field) {
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
        plain("// between two awaits, with `__outK` for the value of await K. Fields and `state` are named directly;");
        plain("// setting `state` and going round the `loop` polls the new `__awaitee` at once.");
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
        plain(INDENT.repeat(2) + "loop {");
        plain(INDENT.repeat(3) + "match self.state {");
        List<MachineState> states = machine.states();
        int count = suspends.size();
        for (int s = 0; s < states.size(); s++) {
            arms.add(out.size());
            switch (states.get(s)) {
                case MachineState.Unresumed u -> arm(s, -1, count);
                case MachineState.Suspend k -> arm(s, k.index(), count);
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
     * The arm of state {@code s}, resumed after await {@code from} (-1: the body's start), running to await
     * {@code from + 1} in source order or to the body's end.
     */
    private void arm(int s, int from, int count) {
        List<BodyCuts.AwaitCut> awaits = cuts.awaits();
        int[] cut = cutPoints();
        int start = from < 0 ? cuts.content().startOffset() : cut[from];
        int to = from + 1 < count ? from + 1 : -1;
        boolean tailReturns = to < 0 && cuts.tail().length() > 0 && cuts.tail().startOffset() >= start;
        int end = to >= 0 ? cut[to] : tailReturns ? cuts.tail().startOffset() : cuts.content().endOffset();
        String name = machine.states().get(s).name();
        Span armOrigin = from < 0 ? DesugaredLine.NO_SOURCE : awaits.get(from).expression();
        line(ARM_LEVEL - 1, name + " => {", s, armOrigin);
        if (from >= 0 && !awaits.get(from).around().isEmpty()) {
            line(ARM_LEVEL, "// resumed inside " + String.join(" > ", awaits.get(from).around()), s,
                    DesugaredLine.NO_SOURCE);
        }
        line(ARM_LEVEL, "// goes on to " + nextStates(from), s, DesugaredLine.NO_SOURCE);
        List<Rendered> body = new ArrayList<>();
        if (from >= 0) {
            Span await = awaits.get(from).expression();
            int indent = statementIndent(awaits.get(from).statement());
            body.add(new Rendered("let __out" + from + " = match unsafe { Pin::new_unchecked(&mut __awaitee) }"
                    + ".poll(cx) {", indent, await));
            body.add(new Rendered("Poll::Pending => return Poll::Pending,", indent + TAB_WIDTH, await));
            body.add(new Rendered("Poll::Ready(v) => v,", indent + TAB_WIDTH, await));
            body.add(new Rendered("};", indent, await));
        }
        body.addAll(segment(start, end, from));
        if (to >= 0) {
            BodyCuts.AwaitCut next = awaits.get(to);
            int indent = statementIndent(next.statement());
            List<Temporary> temporaries = suspends.get(to).temporaries();
            for (int t = 0; t < temporaries.size(); t++) {
                Temporary temporary = temporaries.get(t);
                body.add(new Rendered("__temp" + t + " = " + borrowed(temporary) + "; // evaluated before the await,"
                        + " kept across it", indent, identifierAt(temporary.at(), temporary.text().length())));
            }
            body.add(new Rendered("__awaitee = " + flat(next.awaitee(), from) + ".into_future();", indent,
                    next.expression()));
            body.add(new Rendered("state = " + suspends.get(to).name() + ";", indent, next.expression()));
        } else if (!cuts.endsInReturn() || tailReturns) {
            int indent = tailReturns ? statementIndent(cuts.tail()) : bodyIndent(body);
            Span origin = tailReturns ? cuts.tail() : DesugaredLine.NO_SOURCE;
            String value = tailReturns ? flat(cuts.tail(), from)
                    : cuts.tail().length() > 0 ? "/* the value of the body */" : "()";
            body.add(new Rendered("state = Returned;", indent, origin));
            List<Rendered> tail = tailReturns ? segment(cuts.tail().startOffset(), cuts.tail().endOffset(), from)
                    : List.of();
            if (tail.size() > 1) {
                // A tail of several lines (a match, a block) keeps its lines inside the Ready.
                body.add(new Rendered("return Poll::Ready(" + tail.getFirst().text(), indent,
                        tail.getFirst().origin()));
                body.addAll(tail.subList(1, tail.size() - 1));
                Rendered last = tail.getLast();
                body.add(new Rendered(last.text() + ");", last.indent(), last.origin()));
            } else {
                body.add(new Rendered("return Poll::Ready(" + value + ");", indent, origin));
            }
        }
        int base = body.stream().filter(r -> !r.text().isBlank()).mapToInt(Rendered::indent).min().orElse(0);
        for (Rendered r : body) {
            String text = r.text().isBlank() ? "" : " ".repeat(r.indent() - base) + r.text();
            line(ARM_LEVEL, text, s, r.origin());
        }
        line(ARM_LEVEL - 1, "}", s, DesugaredLine.NO_SOURCE);
    }

    /** A temporary's expression, with the borrow its type shows when the source text does not. */
    private static String borrowed(Temporary temporary) {
        String type = temporary.type().text();
        String text = temporary.text();
        if (text.startsWith("&")) {
            return text;
        }
        return type.startsWith("&mut ") ? "&mut " + text : type.startsWith("&") ? "&" + text : text;
    }

    private int[] cutPoints() {
        List<BodyCuts.AwaitCut> awaits = cuts.awaits();
        int[] cut = new int[awaits.size()];
        int previous = cuts.content().startOffset();
        for (int k = 0; k < awaits.size(); k++) {
            int at = Math.max(previous, Math.min(awaits.get(k).statement().startOffset(), cuts.content().endOffset()));
            cut[k] = at;
            previous = at;
        }
        return cut;
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
                case AGAIN, CONTINUE -> " (the `" + shape.loops().get(way.rounds().isEmpty() ? 0
                        : way.rounds().getLast()).keyword() + "` goes round)";
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

    // ---------------------------------------------------------------- source text

    /** A line of an arm's body before the arm's indentation is applied: its own indent in columns. */
    private record Rendered(String text, int indent, Span origin) {
    }

    /**
     * The source between two offsets, line by line, with the awaits up to {@code resolved} replaced by their
     * {@code __outK} and each {@code return v} shown as the machine's return. Blank lines at either end go;
     * runs of blank lines become one.
     */
    private List<Rendered> segment(int start, int end, int resolved) {
        String text = source.text();
        start = Math.min(start, text.length());
        end = Math.min(Math.max(start, end), text.length());
        List<Rendered> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lineFrom = Integer.MAX_VALUE;
        int lineTo = -1;
        int indent = leadingIndent(start);
        int i = start;
        while (i <= end) {
            if (i == end || text.charAt(i) == '\n') {
                String content = current.toString().stripTrailing();
                Span origin = lineTo < 0 ? DesugaredLine.NO_SOURCE : source.span(lineFrom, lineTo);
                lines.add(new Rendered(content.strip(), indent + leadingWidth(content), origin));
                current.setLength(0);
                lineFrom = Integer.MAX_VALUE;
                lineTo = -1;
                indent = 0;
                i++;
                continue;
            }
            Replacement replacement = replacementAt(i, end, resolved);
            if (replacement != null) {
                current.append(replacement.text());
                lineFrom = Math.min(lineFrom, i);
                lineTo = Math.max(lineTo, replacement.end());
                i = replacement.end();
                continue;
            }
            char c = text.charAt(i);
            current.append(c == '\t' ? " ".repeat(TAB_WIDTH) : String.valueOf(c));
            if (!Character.isWhitespace(c)) {
                lineFrom = Math.min(lineFrom, i);
                lineTo = Math.max(lineTo, i + 1);
            }
            i++;
        }
        List<Rendered> kept = new ArrayList<>();
        for (Rendered r : lines) {
            boolean blank = r.text().isEmpty();
            if (blank && (kept.isEmpty() || kept.getLast().text().isEmpty())) {
                continue;
            }
            kept.add(blank ? new Rendered("", 0, DesugaredLine.NO_SOURCE) : r);
        }
        while (!kept.isEmpty() && kept.getLast().text().isEmpty()) {
            kept.removeLast();
        }
        return kept;
    }

    private record Replacement(String text, int end) {
    }

    /** What replaces the source at {@code offset}, if an own await or return starts there. */
    private Replacement replacementAt(int offset, int limit, int resolved) {
        if (!replaceable.contains(offset)) {
            return null;
        }
        Replacement best = null;
        for (BodyCuts.AwaitCut a : cuts.awaits()) {
            Span e = a.expression();
            if (a.index() <= resolved && e.startOffset() == offset && e.endOffset() <= limit && e.length() > 0
                    && (best == null || e.endOffset() > best.end())) {
                best = new Replacement("__out" + a.index(), e.endOffset());
            }
        }
        for (TempCut t : temporaries) {
            // A temporary of await K is evaluated in the arm that creates K's awaitee, and read from its field
            // from then on.
            if (t.suspend() <= resolved + 1 && t.start() == offset && t.end() <= limit
                    && (best == null || t.end() > best.end())) {
                best = new Replacement(t.field(), t.end());
            }
        }
        for (BodyCuts.ReturnCut r : cuts.returns()) {
            if (r.span().startOffset() == offset && r.span().endOffset() <= limit
                    && (best == null || r.span().endOffset() > best.end())) {
                String value = r.value().length() > 0 ? flat(r.value(), resolved) : "()";
                best = new Replacement("{ state = Returned; return Poll::Ready(" + value + ") }", r.span().endOffset());
            }
        }
        return best;
    }

    /** A span's text on one line, with the awaits up to {@code resolved} replaced. */
    private String flat(Span span, int resolved) {
        StringBuilder text = new StringBuilder();
        for (Rendered r : segment(span.startOffset(), span.endOffset(), resolved)) {
            if (!r.text().isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(r.text());
            }
        }
        return text.toString();
    }

    /** The indent of the line {@code offset} is on, when only whitespace precedes it there; else its column. */
    private int leadingIndent(int offset) {
        String text = source.text();
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        String before = text.substring(lineStart, offset);
        if (before.isBlank()) {
            return before.replace("\t", " ".repeat(TAB_WIDTH)).length();
        }
        return leadingWidth(before.replace("\t", " ".repeat(TAB_WIDTH))) + TAB_WIDTH;
    }

    private int statementIndent(Span statement) {
        return leadingIndent(Math.min(statement.startOffset(), source.text().length()));
    }

    private static int bodyIndent(List<Rendered> body) {
        return body.stream().filter(r -> !r.text().isEmpty()).mapToInt(Rendered::indent).min().orElse(0);
    }

    private static int leadingWidth(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private void plain(String text) {
        out.add(DesugaredLine.plain(text));
    }

    private void line(int level, String text, int state, Span origin) {
        out.add(new DesugaredLine(text.isEmpty() ? "" : INDENT.repeat(level) + text, state, origin));
    }
}
