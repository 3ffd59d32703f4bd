package dev.rxray.analysis.async.step;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.Highlighter;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.syntax.TokenClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The control-flow facts a state graph and the stepper need beyond the analysis: the source region each state
 * resumes into, the loops around the awaits, and which awaits are followed by {@code ?}.
 *
 * @param regions  one per state of the machine that runs code: index 0 is {@code Unresumed} (body start to the first
 *                 await), index k+1 is {@code Suspend k} (after its await to the next await or the body's end)
 * @param loops    the loops of the body that contain at least one await, outermost first
 * @param tryAfter for each suspend index, whether {@code .await?} may return early
 */
public record CoroutineShape(List<SourceRegion> regions, List<LoopSpan> loops, List<Boolean> tryAfter,
                             Set<Integer> first, Set<Integer> last, boolean mayEndWithoutAwait,
                             List<Set<Integer>> follow) {
    public CoroutineShape {
        regions = List.copyOf(regions);
        loops = List.copyOf(loops);
        tryAfter = List.copyOf(tryAfter);
        first = Collections.unmodifiableSortedSet(new TreeSet<>(first));
        last = Collections.unmodifiableSortedSet(new TreeSet<>(last));
        follow = follow.stream().map(f -> (Set<Integer>) Collections.unmodifiableSortedSet(new TreeSet<>(f)))
                .toList();
    }

    /**
     * The code that runs from the await of suspend {@code from} ({@code -1}: the body's start) on to the await of
     * suspend {@code to} ({@code -1}: the body's end), in source order; a way back round a loop runs to the loop's
     * end and stops at {@code to}'s await.
     */
    public SourceRegion between(int from, int to) {
        Span start = from < 0 ? regions.getFirst().code() : regions.get(from + 1).code();
        Span end = to < 0 ? regions.getLast().code() : regions.get(to).await();
        Span stop = to < 0 ? SourceRegion.NO_SPAN : regions.get(to).await();
        if (to >= 0 && from >= 0 && to <= from) {
            Span loopEnd = loopAround(from, to).map(LoopSpan::span).orElse(start);
            return new SourceRegion(spanFrom(start, loopEnd), stop);
        }
        return new SourceRegion(spanFrom(start, end), stop);
    }

    private static Span spanFrom(Span start, Span end) {
        int endOffset = Math.max(start.startOffset(), end.endOffset());
        boolean same = endOffset == end.endOffset();
        return new Span(start.startOffset(), endOffset, start.startLine(), start.startColumn(),
                same ? end.endLine() : start.startLine(), same ? end.endColumn() : start.startColumn());
    }

    /** The innermost loop around both awaits, for naming a back edge and counting its runs. */
    public java.util.Optional<LoopSpan> loopAround(int from, int to) {
        LoopSpan best = null;
        for (LoopSpan loop : loops) {
            if (loop.first() <= Math.min(from, to) && loop.last() >= Math.max(from, to)
                    && (best == null || loop.span().length() < best.span().length())) {
                best = loop;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** A loop holding awaits {@code first..last} (suspend indices, inclusive). */
    public record LoopSpan(String keyword, Span span, int first, int last) {
    }

    /** The innermost loop whose last await is {@code suspend}, for the back edge it takes when the loop goes on. */
    public List<LoopSpan> loopsEndingAt(int suspend) {
        return loops.stream().filter(l -> l.last() == suspend).toList();
    }

    public static CoroutineShape of(CoroutineMachine machine, SourceFile source) {
        String text = source.text();
        Span body = machine.body();
        int bodyStart = clamp(body.startOffset(), text);
        int bodyEnd = clamp(body.endOffset(), text);
        List<MachineState.Suspend> suspends = machine.suspends();
        List<Span> awaits = new ArrayList<>();
        List<Boolean> tryAfter = new ArrayList<>();
        for (MachineState.Suspend suspend : suspends) {
            int keyword = offsetOf(source, suspend.await());
            int end = Math.min(text.length(), keyword + "await".length());
            awaits.add(source.span(keyword, end));
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            tryAfter.add(next < text.length() && text.charAt(next) == '?');
        }
        List<SourceRegion> regions = new ArrayList<>();
        int from = bodyStart;
        for (Span await : awaits) {
            int to = Math.max(from, await.endOffset());
            regions.add(new SourceRegion(source.span(from, to), await));
            from = to;
        }
        regions.add(new SourceRegion(source.span(from, Math.max(from, bodyEnd)), SourceRegion.NO_SPAN));
        AwaitOrder.Result order = AwaitOrder.of(text.substring(bodyStart, bodyEnd), bodyStart,
                awaits.stream().map(Span::startOffset).toList());
        return new CoroutineShape(regions, loops(text, bodyStart, bodyEnd, awaits, source), tryAfter,
                order.first(), order.last(), order.nullable(), order.follow());
    }

    private static int clamp(int offset, String text) {
        return Math.min(Math.max(offset, 0), text.length());
    }

    /** The offset of a line and column (columns in code points) in the source, clamped to its line. */
    public static int offsetOf(SourceFile source, Position position) {
        String text = source.text();
        int start = source.lineStart(position.line());
        int offset = start;
        for (int c = 1; c < position.column() && offset < text.length() && text.charAt(offset) != '\n'; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** Loops found from tokens: the keyword, then the first {@code {} outside parentheses, then its match. */
    private static List<LoopSpan> loops(String text, int bodyStart, int bodyEnd, List<Span> awaits,
                                        SourceFile source) {
        String slice = text.substring(bodyStart, bodyEnd);
        List<Highlight> tokens = Highlighter.highlight(slice).stream()
                .filter(h -> h.tokenClass() != TokenClass.COMMENT && h.tokenClass() != TokenClass.DOC_COMMENT)
                .toList();
        List<LoopSpan> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Highlight token = tokens.get(i);
            String word = slice.substring(token.start(), token.end());
            if (token.tokenClass() != TokenClass.KEYWORD
                    || !(word.equals("loop") || word.equals("while") || word.equals("for"))) {
                continue;
            }
            int open = -1;
            int parens = 0;
            for (int j = i + 1; j < tokens.size() && open < 0; j++) {
                String t = slice.substring(tokens.get(j).start(), tokens.get(j).end());
                switch (t) {
                    case "(", "[" -> parens++;
                    case ")", "]" -> parens--;
                    case "{" -> open = parens == 0 ? j : -1;
                    case ";" -> j = tokens.size();
                    default -> { }
                }
            }
            if (open < 0) {
                continue;
            }
            int depth = 0;
            int close = -1;
            for (int j = open; j < tokens.size() && close < 0; j++) {
                String t = slice.substring(tokens.get(j).start(), tokens.get(j).end());
                if (t.equals("{")) {
                    depth++;
                } else if (t.equals("}") && --depth == 0) {
                    close = j;
                }
            }
            if (close < 0) {
                continue;
            }
            int loopStart = bodyStart + token.start();
            int loopEnd = bodyStart + tokens.get(close).end();
            int first = -1;
            int last = -1;
            for (int k = 0; k < awaits.size(); k++) {
                int at = awaits.get(k).startOffset();
                if (at >= loopStart && at < loopEnd) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (first >= 0) {
                found.add(new LoopSpan(word, source.span(loopStart, loopEnd), first, last));
            }
        }
        return found;
    }
}
