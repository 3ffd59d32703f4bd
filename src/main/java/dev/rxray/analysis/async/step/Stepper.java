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
    private final Map<Integer, Integer> loopRuns = new HashMap<>();
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
        int next = choose(Schedule.START, shape.first(), shape.mayEndWithoutAwait() || shape.first().isEmpty());
        if (next < 0) {
            add(StepKind.RETURN, "Returned", shape.regions().getFirst(), true, "Poll::Ready(output)",
                    new Transition("Unresumed", "Returned", Transition.Kind.RETURN),
                    "poll #1 runs the whole body without reaching an .await, so it returns Ready at once.");
            return List.copyOf(steps);
        }
        move(Schedule.START, next);
        String first = suspends.get(next).name();
        add(StepKind.POLL, first, shape.between(-1, next), true, "",
                new Transition("Unresumed", first, Transition.Kind.POLL),
                "poll #1 runs the body from the start to the first .await and polls its future.");
        int at = next;
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
            int after = following(at);
            SourceRegion region = shape.between(at, after);
            if (after < 0) {
                add(StepKind.RETURN, "Returned", region, true, "Poll::Ready(output)",
                        new Transition(state, "Returned", Transition.Kind.RETURN),
                        "The awaited future is Ready: the rest of the body runs to the end and poll #" + poll
                                + " returns Ready; the future is Returned.");
                break;
            }
            String target = suspends.get(after).name();
            boolean back = after <= at;
            add(StepKind.READY, target, region, true, "",
                    new Transition(state, target, back ? Transition.Kind.BACK : Transition.Kind.READY),
                    "The awaited future is Ready: " + (back ? "the loop goes round again and " : "")
                            + "the body runs on to the next .await, still in poll #" + poll + ", now in "
                            + target + ".");
            at = after;
        }
        return List.copyOf(steps);
    }

    /** The suspend index reached after the one at {@code at} is Ready, taking loops round; -1 at the end. */
    private int following(int at) {
        int next = choose(at, shape.follow().get(at), shape.last().contains(at));
        move(at, next);
        return next;
    }

    /** The user's choice if it is a way out of {@code from}; else a loop that may go round; else the first way on. */
    private int choose(int from, java.util.Set<Integer> ways, boolean mayEnd) {
        Integer chosen = schedule.choices().get(from);
        if (chosen != null && (ways.contains(chosen) || (chosen == Schedule.END && mayEnd))) {
            return chosen;
        }
        for (int to : ways) {
            if (from >= 0 && to <= from) {
                java.util.Optional<CoroutineShape.LoopSpan> loop = shape.loopAround(from, to);
                if (loop.isPresent()) {
                    int index = shape.loops().indexOf(loop.get());
                    if (loopRuns.getOrDefault(index, 1) < schedule.iterationsOf(index)) {
                        return to;
                    }
                }
            }
        }
        for (int to : ways) {
            if (to > from) {
                return to;
            }
        }
        if (mayEnd || ways.isEmpty()) {
            return -1;
        }
        return ways.iterator().next();
    }

    /** Counts loop runs: entering a loop starts at one, going round adds one, leaving forgets it. */
    private void move(int from, int to) {
        java.util.Optional<CoroutineShape.LoopSpan> round = from >= 0 && to >= 0 && to <= from
                ? shape.loopAround(from, to) : java.util.Optional.empty();
        for (int j = 0; j < shape.loops().size(); j++) {
            CoroutineShape.LoopSpan loop = shape.loops().get(j);
            boolean wasIn = from >= 0 && loop.first() <= from && from <= loop.last();
            boolean isIn = to >= 0 && loop.first() <= to && to <= loop.last();
            if (round.isPresent() && round.get().equals(loop)) {
                loopRuns.put(j, loopRuns.getOrDefault(j, 1) + 1);
            } else if (round.isPresent() && loop.span().startOffset() > round.get().span().startOffset()
                    && loop.span().endOffset() <= round.get().span().endOffset()) {
                loopRuns.remove(j);
                if (isIn) {
                    loopRuns.put(j, 1);
                }
            } else if (!wasIn && isIn) {
                loopRuns.put(j, 1);
            } else if (wasIn && !isIn) {
                loopRuns.remove(j);
            }
        }
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
