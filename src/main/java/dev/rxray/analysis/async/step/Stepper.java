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
        int next = suspends.isEmpty() ? -1 : 0;
        if (next < 0) {
            add(StepKind.RETURN, "Returned", shape.regions().getFirst(), true, "Poll::Ready(output)",
                    new Transition("Unresumed", "Returned", Transition.Kind.RETURN),
                    "poll #1 runs the whole body: there is no await, so it returns Ready at once.");
            return List.copyOf(steps);
        }
        enterLoopsAt(next);
        String first = suspends.get(next).name();
        add(StepKind.POLL, first, shape.regions().getFirst(), true, "",
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
            SourceRegion region = shape.regions().get(at + 1);
            if (after < 0) {
                add(StepKind.RETURN, "Returned", region, true, "Poll::Ready(output)",
                        new Transition(state, "Returned", Transition.Kind.RETURN),
                        "The awaited future is Ready: the rest of the body runs to the end and poll #" + poll
                                + " returns Ready; the future is Returned.");
                break;
            }
            String target = suspends.get(after).name();
            boolean back = after <= at;
            if (back) {
                region = new SourceRegion(region.code().to(shape.regions().get(after).await()),
                        shape.regions().get(after).await());
            }
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
        List<CoroutineShape.LoopSpan> ending = shape.loopsEndingAt(at);
        for (int i = ending.size() - 1; i >= 0; i--) {
            CoroutineShape.LoopSpan loop = ending.get(i);
            int index = shape.loops().indexOf(loop);
            int runs = loopRuns.getOrDefault(index, 1);
            if (runs < schedule.iterationsOf(index)) {
                loopRuns.put(index, runs + 1);
                for (int j = 0; j < shape.loops().size(); j++) {
                    CoroutineShape.LoopSpan inner = shape.loops().get(j);
                    if (j != index && inner.first() >= loop.first() && inner.last() <= loop.last()
                            && inner.span().startOffset() > loop.span().startOffset()) {
                        loopRuns.remove(j);
                    }
                }
                return loop.first();
            }
            loopRuns.remove(index);
        }
        int next = at + 1 < machine.suspends().size() ? at + 1 : -1;
        if (next >= 0) {
            enterLoopsAt(next);
        }
        return next;
    }

    private void enterLoopsAt(int suspend) {
        for (int j = 0; j < shape.loops().size(); j++) {
            if (shape.loops().get(j).first() == suspend) {
                loopRuns.putIfAbsent(j, 1);
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
