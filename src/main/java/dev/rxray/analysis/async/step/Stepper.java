package dev.rxray.analysis.async.step;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.Upvar;
import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulates an executor polling one coroutine under a {@link Schedule}: each {@code poll} resumes the current state,
 * polls the awaited future (which answers {@code Pending} as often as the schedule says, registering the waker each
 * time, then {@code Ready}), and runs the body on to the next await or the end.
 */
public final class Stepper {
    /** A bound on the length of a run, far above what the schedule's bounds allow for a real snippet. */
    static final int MAX_STEPS = 2_000;

    private final CoroutineMachine machine;
    private final CoroutineShape shape;
    private final Schedule schedule;
    private final List<Step> steps = new ArrayList<>();
    /** Loop index -> how many times its body has been entered since the body last came into the loop. */
    private final Map<Integer, Integer> runs = new HashMap<>();
    private int poll;

    private Stepper(CoroutineMachine machine, CoroutineShape shape, Schedule schedule) {
        this.machine = machine;
        this.shape = shape;
        this.schedule = schedule;
    }

    public static List<Step> run(CoroutineMachine machine, SourceFile source, Schedule schedule) {
        return run(machine, CoroutineShape.of(machine, source), schedule);
    }

    public static List<Step> run(CoroutineMachine machine, CoroutineShape shape, Schedule schedule) {
        return new Stepper(machine, shape, schedule).simulate();
    }

    private List<Step> simulate() {
        List<MachineState.Suspend> suspends = machine.suspends();
        add(StepKind.CREATED, "Unresumed", shape.regions().getFirst(), false, "", Transition.NONE,
                "The future is created: it holds its upvars and no code has run yet.");
        poll = 1;
        Way way = choose(Schedule.START);
        if (way == null) {
            return List.copyOf(steps);
        }
        if (way.returns()) {
            add(StepKind.RETURN, "Returned", way.region(), true, "Poll::Ready(output)",
                    new Transition("Unresumed", "Returned", Transition.Kind.RETURN),
                    "poll #1 runs the body " + endingOf(way) + " without reaching an .await, so it returns Ready "
                            + "at once.");
            return List.copyOf(steps);
        }
        String first = suspends.get(way.to()).name();
        add(StepKind.POLL, first, way.region(), true, "",
                new Transition("Unresumed", first, Transition.Kind.POLL),
                "poll #1 runs the body from the start to the first .await"
                        + (way.kind() == WayKind.ON ? "" : " (" + how(way) + ")") + " and polls its future.");
        int at = way.to();
        while (steps.size() < MAX_STEPS) {
            String state = suspends.get(at).name();
            for (int p = 0; p < schedule.pendingsAt(at) && steps.size() < MAX_STEPS; p++) {
                add(StepKind.PENDING, state, shape.regions().get(at), false,
                        "Poll::Pending", new Transition(state, state, Transition.Kind.PENDING),
                        "The awaited " + suspends.get(at).awaitee() + " is Pending: it keeps cx.waker(), the "
                                + "future stays in " + state + " and poll #" + poll + " returns Pending.");
                add(StepKind.WAKE, state, shape.regions().get(at), false, "", Transition.NONE,
                        "The awaited future's event happened: it calls waker.wake() and the executor queues the "
                                + "task again.");
                poll++;
                add(StepKind.POLL, state, shape.regions().get(at), false, "", Transition.NONE,
                        "poll #" + poll + " resumes in " + state + " and polls the awaited future again.");
            }
            way = choose(at);
            if (way == null) {
                break;
            }
            if (way.returns()) {
                add(StepKind.RETURN, "Returned", way.region(), true, "Poll::Ready(output)",
                        new Transition(state, "Returned", Transition.Kind.RETURN),
                        "The awaited future is Ready: the body runs on " + endingOf(way) + " and poll #" + poll
                                + " returns Ready; the future is Returned.");
                break;
            }
            String target = suspends.get(way.to()).name();
            boolean back = way.to() <= at;
            add(StepKind.READY, target, way.region(), true, "",
                    new Transition(state, target, back ? Transition.Kind.BACK : Transition.Kind.READY),
                    "The awaited future is Ready: " + (way.kind() == WayKind.ON ? "" : how(way) + ", and ")
                            + "the body runs on to the next .await, still in poll #" + poll + ", now in "
                            + target + ".");
            at = way.to();
        }
        return List.copyOf(steps);
    }

    /** How a way that does not go straight on gets to its await. */
    private String how(Way way) {
        String loop = way.rounds().isEmpty() && way.left().isEmpty() ? "the loop"
                : "the " + shape.loops().get(way.rounds().isEmpty() ? way.left().getFirst()
                : way.rounds().getFirst()).keyword() + " loop";
        return switch (way.kind()) {
            case ON, END -> "it goes on";
            case AGAIN -> loop + " goes round again";
            case LOOP_ENDS -> loop + " ends";
            case BREAK -> "a break leaves " + (way.left().isEmpty() ? "the block" : loop);
            case CONTINUE -> "a continue goes back to the head of " + loop;
            case RETURN -> "a return ends the body";
            case TRY -> "a ? meets an Err and returns early";
        };
    }

    /** How a way to the end ends the body. */
    private static String endingOf(Way way) {
        return switch (way.kind()) {
            case TRY -> "until a ? meets an Err (or None) and returns it early";
            case RETURN -> "to a return";
            case BREAK -> "out of its loop with a break, to the end";
            default -> "to the end";
        };
    }

    /**
     * The user's choice of way out of {@code from} if it exists; else the way that best keeps the run counts of the
     * loops around {@code from}, the innermost first: while a loop has run fewer times than the schedule says, a
     * way that stays in it (on through its body or round again) beats one that leaves it; once it has, a way that
     * leaves it wins. Ties go to a way that reaches another await (early exits are the exceptional paths), then
     * to the first in source order. Null when the body cannot go on (it panics or loops forever), or when a loop
     * that can never end has gone round {@link Schedule#MAX_ITERATIONS} times.
     */
    private Way choose(int from) {
        List<Way> ways = shape.waysFrom(from);
        if (ways.isEmpty()) {
            return null;
        }
        List<Way> candidates = ways;
        Integer chosen = schedule.choices().get(from);
        if (chosen != null && chosen < Schedule.END) {
            int index = Schedule.END - 1 - chosen;
            candidates = index < ways.size() ? List.of(ways.get(index)) : ways;
        } else if (chosen != null) {
            List<Way> to = ways.stream().filter(w -> w.to() == chosen).toList();
            candidates = to.isEmpty() ? ways : to;
        }
        List<Integer> around = loopsAround(from);
        Way best = null;
        int[] lowest = null;
        for (Way way : candidates) {
            int[] cost = cost(way, around);
            if (lowest == null || java.util.Arrays.compare(cost, lowest) < 0) {
                best = way;
                lowest = cost;
            }
        }
        for (int loop : best.entered()) {
            if (!best.left().contains(loop) && runs.getOrDefault(loop, 0) >= Schedule.MAX_ITERATIONS) {
                return null;
            }
        }
        for (int loop : best.left()) {
            runs.remove(loop);
        }
        for (int loop : best.entered()) {
            runs.merge(loop, 1, Integer::sum);
        }
        return best;
    }

    /** The loops (indices in the shape) that hold suspend {@code from}, innermost first. */
    private List<Integer> loopsAround(int from) {
        List<Integer> around = new ArrayList<>();
        for (int i = 0; i < shape.loops().size(); i++) {
            CoroutineShape.LoopSpan loop = shape.loops().get(i);
            if (from >= 0 && loop.first() <= from && from <= loop.last()) {
                around.add(i);
            }
        }
        around.sort(java.util.Comparator.comparingInt(i -> shape.loops().get(i).span().length()));
        return around;
    }

    /** Per loop around the point, innermost first, whether the way breaks its count; then whether it returns. */
    private int[] cost(Way way, List<Integer> around) {
        int[] cost = new int[around.size() + 1];
        for (int i = 0; i < around.size(); i++) {
            int loop = around.get(i);
            boolean done = runs.getOrDefault(loop, 0) >= schedule.iterationsOf(loop);
            cost[i] = way.left().contains(loop) != done ? 1 : 0;
        }
        cost[around.size()] = way.returns() ? 1 : 0;
        return cost;
    }

    private void add(StepKind kind, String state, SourceRegion region, boolean runsCode, String result,
                     Transition transition, String description) {
        steps.add(new Step(steps.size(), kind, state, region, runsCode, savedIn(state), kind == StepKind.CREATED
                ? 0 : poll, result, transition, description));
    }

    private List<String> savedIn(String state) {
        List<String> saved = new ArrayList<>();
        for (MachineState s : machine.states()) {
            if (!s.name().equals(state)) {
                continue;
            }
            switch (s) {
                case MachineState.Unresumed u -> machine.upvars().stream().map(Upvar::name).forEach(saved::add);
                case MachineState.Suspend suspend -> {
                    machine.upvars().stream().map(Upvar::name).forEach(saved::add);
                    suspend.locals().stream().map(SavedLocal::name).forEach(saved::add);
                    suspend.temporaries().stream().map(Temporary::text).forEach(saved::add);
                    saved.add("__awaitee");
                }
                case MachineState.Returned r -> { }
                case MachineState.Panicked p -> { }
            }
        }
        return saved;
    }
}
