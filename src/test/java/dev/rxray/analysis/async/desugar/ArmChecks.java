package dev.rxray.analysis.async.desugar;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Way;
import dev.rxray.analysis.async.step.WayKind;
import dev.rxray.syntax.ParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold for every arm of a desugared coroutine: it is well-formed (its brackets, braces and parentheses
 * pair up, outside strings, characters and comments), and it goes on to exactly the states the stepper's flow
 * graph says the state can reach next.
 */
final class ArmChecks {
    private static final Pattern GOES_TO = Pattern.compile("state = (Suspend\\d+|Returned);");

    private ArmChecks() {
    }

    /** The text of each state's arm, by state index. */
    static List<String> arms(DesugaredCoroutine d, int states) {
        List<String> arms = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            int start = d.armStart(s);
            int end = s + 1 < states ? d.armStart(s + 1) : start + 1;
            StringBuilder text = new StringBuilder();
            for (int i = start; i < end; i++) {
                text.append(d.lines().get(i).text()).append('\n');
            }
            arms.add(text.toString());
        }
        return arms;
    }

    /** Where the brackets of a text do not pair up, or empty. */
    static String unbalanced(String text) {
        Deque<Character> open = new ArrayDeque<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == 'r' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '#')
                    && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))) {
                int hashes = 0;
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == '#') {
                    hashes++;
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '"') {
                    String close = "\"" + "#".repeat(hashes);
                    int end = text.indexOf(close, j + 1);
                    if (end < 0) {
                        return "line " + line + ": raw string not closed";
                    }
                    i = end + close.length();
                    continue;
                }
            }
            if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                if (j >= text.length()) {
                    return "line " + line + ": string not closed";
                }
                line += (int) text.substring(i, j).chars().filter(ch -> ch == '\n').count();
                i = j + 1;
                continue;
            }
            if (c == '\'') {
                // A character literal ('x', an escape such as a newline or a code point), else a lifetime or label.
                if (i + 2 < text.length() && text.charAt(i + 1) == '\\') {
                    int end = text.indexOf('\'', i + 2);
                    i = end < 0 ? text.length() : end + 1;
                    continue;
                }
                int cp = i + 1 < text.length() ? text.codePointAt(i + 1) : 0;
                int after = i + 1 + Character.charCount(Math.max(cp, 1));
                if (after < text.length() && text.charAt(after) == '\'') {
                    i = after + 1;
                    continue;
                }
            }
            switch (c) {
                case '(', '[', '{' -> open.push(c);
                case ')', ']', '}' -> {
                    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.isEmpty() || open.peek() != want) {
                        return "line " + line + ": '" + c + "' closes " + (open.isEmpty() ? "nothing" : "'"
                                + open.peek() + "'");
                    }
                    open.pop();
                }
                default -> { }
            }
            i++;
        }
        return open.isEmpty() ? "" : "'" + open.peek() + "' not closed";
    }

    /** The states an arm's text goes on to, as {@code SuspendK} and {@code Returned}. */
    static Set<String> goesTo(String arm) {
        Set<String> to = new TreeSet<>();
        Matcher m = GOES_TO.matcher(arm);
        while (m.find()) {
            to.add(m.group(1));
        }
        return to;
    }

    /**
     * The states the flow graph says are next from a state ({@code -1}: the start). A return by {@code ?} is
     * not written as a state change (the {@code ?} stays in the code), so only other ways to the end count.
     */
    static Set<String> expected(CoroutineShape shape, int from) {
        Set<String> to = new TreeSet<>();
        for (Way way : shape.waysFrom(from)) {
            if (!way.returns()) {
                to.add("Suspend" + way.to());
            } else if (way.kind() != WayKind.TRY) {
                to.add("Returned");
            }
        }
        return to;
    }

    /** Every problem of one coroutine's desugared arms, one line each. */
    static List<String> problems(ParseResult parse, CoroutineMachine machine, boolean checkFlow) {
        List<String> problems = new ArrayList<>();
        DesugaredCoroutine d = Desugarer.desugar(parse, machine);
        List<MachineState> states = machine.states();
        List<String> arms = arms(d, states.size());
        CoroutineShape shape = checkFlow ? CoroutineShape.of(machine, parse) : null;
        for (int s = 0; s < states.size(); s++) {
            String where = states.get(s).name() + ": ";
            String balance = unbalanced(arms.get(s));
            if (!balance.isEmpty()) {
                problems.add(where + balance);
            }
            int from = switch (states.get(s)) {
                case MachineState.Unresumed u -> Schedule.START;
                case MachineState.Suspend k -> k.index();
                default -> Integer.MIN_VALUE;
            };
            if (shape != null && from != Integer.MIN_VALUE) {
                Set<String> wrote = goesTo(arms.get(s));
                Set<String> flow = expected(shape, from);
                if (!wrote.equals(flow)) {
                    problems.add(where + "goes on to " + wrote + " but the flow graph says " + flow);
                }
            }
        }
        return problems;
    }
}
