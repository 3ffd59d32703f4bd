package dev.rxray.analysis.async.step;

import java.util.List;

/**
 * One way the body can go from a point (the start, or a resumed {@code .await}) to the next point where it stops:
 * another {@code .await} or the end. Two ways to the same place differ in how they get there (straight on or
 * round a loop, falling off the end or returning early through {@code ?}).
 *
 * @param to      the suspend index it reaches, or {@link Schedule#END}
 * @param kind    how it gets there
 * @param region  the code it runs, with the {@code .await} it stops at ({@link SourceRegion#NO_SPAN} at the end)
 * @param choice  the value to put in {@link Schedule#withChoice} to take exactly this way: {@code to} for the first
 *                way to that place, a code below {@link Schedule#END} for the others
 * @param entered the loops (indices in {@link CoroutineShape#loops()}) whose body it enters for one more run
 * @param rounds  the loops whose back edge it takes (the end of the body or a {@code continue})
 * @param left    the loops it leaves
 */
public record Way(int to, WayKind kind, SourceRegion region, int choice, List<Integer> entered, List<Integer> rounds,
                  List<Integer> left) {
    public Way {
        entered = List.copyOf(entered);
        rounds = List.copyOf(rounds);
        left = List.copyOf(left);
    }

    /** Whether it ends the body: the future returns. */
    public boolean returns() {
        return to == Schedule.END;
    }

    /** A short label for a menu or an edge: {@code Suspend2}, {@code Returned (Err: ?)}, {@code Suspend0 (break)}. */
    public String label() {
        String target = returns() ? "Returned" : "Suspend" + to;
        String how = switch (kind) {
            case ON, END -> "";
            case AGAIN -> "loop again";
            case LOOP_ENDS -> "loop ends";
            case BREAK -> "break";
            case CONTINUE -> "continue";
            case RETURN -> "return";
            case TRY -> "Err: ?";
        };
        return how.isEmpty() ? target : target + " (" + how + ")";
    }
}
