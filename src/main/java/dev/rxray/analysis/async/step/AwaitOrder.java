package dev.rxray.analysis.async.step;

import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.Highlighter;
import dev.rxray.syntax.TokenClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which await can follow which, read from the body's tokens: the body is a sequence of awaits, branches
 * ({@code if}/{@code else}, {@code match} arms) and loops, so the orders in which awaits can be reached form a
 * regular language. Its position automaton gives, for every await, the awaits that may come next ({@code follow}),
 * the awaits the first poll may reach ({@code first}), the awaits after which the body may end ({@code last}), and
 * whether the body may end without suspending ({@code nullable}). Early exits ({@code return}, {@code break},
 * {@code ?}) are not followed: they only remove paths.
 */
final class AwaitOrder {
    /** A branch or loop found in the tokens: its alternatives (a loop has one, its body), as offset ranges. */
    private record Construct(String keyword, int start, int end, List<int[]> arms, boolean mayTakeNoArm) {
        boolean loop() {
            return keyword.equals("loop") || keyword.equals("while") || keyword.equals("for");
        }
    }

    /** The automaton's sets for one part of the body. */
    private record Part(boolean nullable, Set<Integer> first, Set<Integer> last) {
    }

    record Result(Set<Integer> first, Set<Integer> last, boolean nullable, List<Set<Integer>> follow) {
    }

    private final String text;
    private final List<Highlight> tokens;
    private final int base;
    private final List<Integer> awaits;
    private final List<Construct> constructs = new ArrayList<>();
    private final List<Set<Integer>> follow = new ArrayList<>();

    private AwaitOrder(String slice, int base, List<Integer> awaits) {
        this.text = slice;
        this.base = base;
        this.awaits = awaits;
        this.tokens = Highlighter.highlight(slice).stream()
                .filter(h -> h.tokenClass() != TokenClass.COMMENT && h.tokenClass() != TokenClass.DOC_COMMENT)
                .toList();
        for (int i = 0; i < awaits.size(); i++) {
            follow.add(new TreeSet<>());
        }
    }

    /** @param awaits the offsets of the await keywords, in suspend order, within {@code [base, base + slice)} */
    static Result of(String slice, int base, List<Integer> awaits) {
        AwaitOrder order = new AwaitOrder(slice, base, awaits);
        order.scan();
        Part body = order.build(base, base + slice.length());
        List<Set<Integer>> follow = order.follow.stream().map(s -> (Set<Integer>) Set.copyOf(s)).toList();
        return new Result(new TreeSet<>(body.first()), new TreeSet<>(body.last()), body.nullable(), follow);
    }

    private String word(int i) {
        return text.substring(tokens.get(i).start(), tokens.get(i).end());
    }

    /** The index of the first {@code {} at bracket depth 0 from token {@code from}, or -1 (a {@code ;}, {@code =>}). */
    private int openBrace(int from) {
        int depth = 0;
        for (int j = from; j < tokens.size(); j++) {
            switch (word(j)) {
                case "(", "[" -> depth++;
                case ")", "]" -> depth--;
                case "{" -> {
                    return depth == 0 ? j : -1;
                }
                case ";", "=>" -> {
                    return -1;
                }
                default -> { }
            }
        }
        return -1;
    }

    private int closeBrace(int open) {
        int depth = 0;
        for (int j = open; j < tokens.size(); j++) {
            String w = word(j);
            if (w.equals("{")) {
                depth++;
            } else if (w.equals("}") && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    private int startOf(int token) {
        return base + tokens.get(token).start();
    }

    private int endOf(int token) {
        return base + tokens.get(token).end();
    }

    private void scan() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).tokenClass() != TokenClass.KEYWORD) {
                continue;
            }
            String w = word(i);
            boolean elseIf = i > 0 && word(i - 1).equals("else");
            switch (w) {
                case "loop", "while", "for" -> {
                    int open = openBrace(i + 1);
                    int close = open < 0 ? -1 : closeBrace(open);
                    if (close > 0) {
                        constructs.add(new Construct(w, startOf(i), endOf(close),
                                List.of(new int[] {startOf(open), endOf(close)}), true));
                    }
                }
                case "if" -> {
                    if (!elseIf) {
                        scanIf(i);
                    }
                }
                case "match" -> scanMatch(i);
                default -> { }
            }
        }
    }

    private void scanIf(int at) {
        List<int[]> arms = new ArrayList<>();
        int i = at;
        boolean hasElse = false;
        int end = -1;
        while (true) {
            int open = openBrace(i + 1);
            int close = open < 0 ? -1 : closeBrace(open);
            if (close < 0) {
                return;
            }
            arms.add(new int[] {startOf(open), endOf(close)});
            end = endOf(close);
            if (close + 1 < tokens.size() && word(close + 1).equals("else")) {
                if (close + 2 < tokens.size() && word(close + 2).equals("if")) {
                    i = close + 2;
                    continue;
                }
                int elseOpen = close + 2 < tokens.size() && word(close + 2).equals("{") ? close + 2 : -1;
                int elseClose = elseOpen < 0 ? -1 : closeBrace(elseOpen);
                if (elseClose > 0) {
                    arms.add(new int[] {startOf(elseOpen), endOf(elseClose)});
                    end = endOf(elseClose);
                    hasElse = true;
                }
            }
            break;
        }
        constructs.add(new Construct("if", startOf(at), end, arms, !hasElse));
    }

    private void scanMatch(int at) {
        int open = openBrace(at + 1);
        int close = open < 0 ? -1 : closeBrace(open);
        if (close < 0) {
            return;
        }
        List<Integer> arrows = new ArrayList<>();
        int depth = 0;
        for (int j = open + 1; j < close; j++) {
            switch (word(j)) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth--;
                case "=>" -> {
                    if (depth == 0) {
                        arrows.add(j);
                    }
                }
                default -> { }
            }
        }
        List<int[]> arms = new ArrayList<>();
        for (int a = 0; a < arrows.size(); a++) {
            int from = endOf(arrows.get(a));
            int to = a + 1 < arrows.size() ? startOf(arrows.get(a + 1)) : startOf(close);
            arms.add(new int[] {from, to});
        }
        if (!arms.isEmpty()) {
            constructs.add(new Construct("match", startOf(at), endOf(close), arms, false));
        }
    }

    private boolean hasAwait(int from, int to) {
        return awaits.stream().anyMatch(a -> a >= from && a < to);
    }

    /** The sequence of awaits and outermost constructs in {@code [from, to)}, concatenated. */
    private Part build(int from, int to) {
        Part part = new Part(true, Set.of(), Set.of());
        int cursor = from;
        while (true) {
            int next = -1;
            Construct construct = null;
            for (int k = 0; k < awaits.size(); k++) {
                int a = awaits.get(k);
                if (a >= cursor && a < to && (next < 0 || a < awaits.get(next))) {
                    next = k;
                }
            }
            if (next < 0) {
                return part;
            }
            int at = awaits.get(next);
            for (Construct c : constructs) {
                if (c.start() >= cursor && c.start() <= at && at < c.end() && c.end() <= to
                        && (construct == null || c.start() < construct.start()
                        || (c.start() == construct.start() && c.end() > construct.end()))) {
                    construct = c;
                }
            }
            if (construct == null) {
                part = concat(part, new Part(false, Set.of(next), Set.of(next)));
                cursor = at + 1;
            } else {
                for (int k = 0; k < awaits.size(); k++) {
                    if (inHead(construct, awaits.get(k))) {
                        part = concat(part, new Part(false, Set.of(k), Set.of(k)));
                    }
                }
                part = concat(part, construct(construct));
                cursor = construct.end();
            }
        }
    }

    /**
     * An await in a construct but in none of its arms: in a condition or scrutinee, evaluated before the arms
     * (a {@code while} condition is taken as evaluated once, before the loop).
     */
    private static boolean inHead(Construct c, int at) {
        return at >= c.start() && at < c.end() && c.arms().stream().noneMatch(a -> at >= a[0] && at < a[1]);
    }

    private Part construct(Construct c) {
        if (c.loop()) {
            int[] body = c.arms().getFirst();
            Part inner = build(body[0], body[1]);
            for (int x : inner.last()) {
                follow.get(x).addAll(inner.first());
            }
            return new Part(true, inner.first(), inner.last());
        }
        boolean nullable = c.mayTakeNoArm();
        Set<Integer> first = new TreeSet<>();
        Set<Integer> last = new TreeSet<>();
        for (int[] arm : c.arms()) {
            if (!hasAwait(arm[0], arm[1])) {
                nullable = true;
                continue;
            }
            Part p = build(arm[0], arm[1]);
            nullable |= p.nullable();
            first.addAll(p.first());
            last.addAll(p.last());
        }
        return new Part(nullable, first, last);
    }

    private Part concat(Part a, Part b) {
        for (int x : a.last()) {
            follow.get(x).addAll(b.first());
        }
        Set<Integer> first = new TreeSet<>(a.first());
        if (a.nullable()) {
            first.addAll(b.first());
        }
        Set<Integer> last = new TreeSet<>(b.last());
        if (b.nullable()) {
            last.addAll(a.last());
        }
        return new Part(a.nullable() && b.nullable(), first, last);
    }
}
