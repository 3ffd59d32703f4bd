package dev.rxray.analysis.async.desugar;

import dev.rxray.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The desugared text of one coroutine, line by line.
 *
 * @param coroutine the machine's display name
 * @param arms      for each state (by index in {@code CoroutineMachine.states()}), the line its match arm starts on
 */
public record DesugaredCoroutine(String coroutine, List<DesugaredLine> lines, List<Integer> arms) {
    public DesugaredCoroutine {
        lines = List.copyOf(lines);
        arms = List.copyOf(arms);
    }

    /** The whole text, one line per entry, each ending in a newline. */
    public String text() {
        return lines.stream().map(l -> l.text() + "\n").collect(Collectors.joining());
    }

    /** Indices of the lines of state {@code state}: its enum variant and its match arm. */
    public List<Integer> linesOfState(int state) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).state() == state) {
                found.add(i);
            }
        }
        return found;
    }

    /** The first line of the match arm of {@code state}, or -1 for an index that is no state. */
    public int armStart(int state) {
        return state >= 0 && state < arms.size() ? arms.get(state) : -1;
    }

    /**
     * Indices of the lines made from source overlapping {@code [start, end)}; an empty range (a caret) finds the
     * lines whose source holds that offset or ends right at it.
     */
    public List<Integer> linesFrom(int start, int end) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Span s = lines.get(i).source();
            if (s.equals(DesugaredLine.NO_SOURCE) || s.length() == 0) {
                continue;
            }
            boolean hit = start == end ? s.startOffset() <= start && start <= s.endOffset()
                    : s.startOffset() < end && start < s.endOffset();
            if (hit) {
                found.add(i);
            }
        }
        return found;
    }
}
