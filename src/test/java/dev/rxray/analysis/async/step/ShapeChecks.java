package dev.rxray.analysis.async.step;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.Position;
import dev.rxray.syntax.ParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What must hold for the stepper on any coroutine: the tree walk meets the analysis's awaits in suspend order,
 * every suspend state can be reached from the start, the default schedule ends (in {@code Returned} when the body
 * can return), and every state the default run misses is visited by a run that picks the branches leading to it.
 */
final class ShapeChecks {
    private ShapeChecks() {
    }

    static Optional<FlowGraphBuilder.Result> walk(CoroutineMachine machine, ParseResult parse) {
        Map<Position, Integer> numbering = new HashMap<>();
        for (MachineState.Suspend s : machine.suspends()) {
            numbering.put(s.await(), s.index());
        }
        return BodyLocator.find(parse.crate(), machine.body()).map(e -> FlowGraphBuilder.build(e, numbering));
    }

    /** Every way the invariants fail for one coroutine, one line each. */
    static List<String> problems(CoroutineMachine machine, ParseResult parse) {
        List<String> problems = new ArrayList<>();
        int n = machine.suspends().size();
        Optional<FlowGraphBuilder.Result> walked = walk(machine, parse);
        if (walked.isEmpty()) {
            problems.add("body not found in the tree");
            return problems;
        }
        List<Integer> order = walked.get().encounterOrder();
        if (!order.equals(IntStream.range(0, n).boxed().toList())) {
            problems.add("walk meets awaits in the order " + order + ", not 0.." + (n - 1));
        }
        CoroutineShape shape = CoroutineShape.of(machine, parse);
        Map<Integer, List<int[]>> paths = pathsFromStart(shape, n);
        boolean canReturn = paths.containsKey(Schedule.END);
        List<Step> steps = Stepper.run(machine, shape, Schedule.DEFAULT);
        if (steps.size() >= Stepper.MAX_STEPS) {
            problems.add("the default run does not end");
        }
        boolean returned = steps.getLast().state().equals("Returned");
        if (returned != canReturn) {
            problems.add("the default run ends in " + steps.getLast().state() + " but the body "
                    + (canReturn ? "can" : "cannot") + " return");
        }
        Set<String> visited = new HashSet<>();
        steps.forEach(s -> visited.add(s.state()));
        for (int k = 0; k < n; k++) {
            String name = "Suspend" + k;
            if (!paths.containsKey(k)) {
                problems.add(name + " cannot be reached from the start");
                continue;
            }
            if (visited.contains(name)) {
                continue;
            }
            Schedule steer = Schedule.DEFAULT;
            for (int[] choice : paths.get(k)) {
                steer = steer.withChoice(choice[0], choice[1]);
            }
            boolean reached = Stepper.run(machine, shape, steer).stream().anyMatch(s -> s.state().equals(name));
            if (!reached) {
                problems.add(name + " is not visited even when the branches leading to it are chosen");
            }
        }
        return problems;
    }

    /** For each place reachable from the start, the choices (point, way code) of a shortest way there. */
    private static Map<Integer, List<int[]>> pathsFromStart(CoroutineShape shape, int n) {
        Map<Integer, List<int[]>> paths = new HashMap<>();
        paths.put(Schedule.START, List.of());
        Deque<Integer> work = new ArrayDeque<>(List.of(Schedule.START));
        while (!work.isEmpty()) {
            int from = work.poll();
            for (Way way : shape.waysFrom(from)) {
                int to = way.returns() ? Schedule.END : way.to();
                boolean start = to == Schedule.END ? paths.containsKey(Integer.MIN_VALUE) : paths.containsKey(to);
                if (start) {
                    continue;
                }
                List<int[]> path = new ArrayList<>(paths.get(from));
                path.add(new int[] {from, way.choice()});
                if (to == Schedule.END) {
                    paths.put(Integer.MIN_VALUE, path);
                } else {
                    paths.put(to, path);
                    work.add(to);
                }
            }
        }
        // START and END share the value -1: the end is kept under its own key while searching.
        Map<Integer, List<int[]>> result = new HashMap<>();
        paths.forEach((k, v) -> {
            if (k >= 0) {
                result.put(k, v);
            }
        });
        if (paths.containsKey(Integer.MIN_VALUE)) {
            result.put(Schedule.END, paths.get(Integer.MIN_VALUE));
        }
        return result;
    }
}
