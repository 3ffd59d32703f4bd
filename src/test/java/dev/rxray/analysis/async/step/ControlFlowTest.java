package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.oracle.AsyncGolden;
import dev.rxray.oracle.Coroutine;
import dev.rxray.oracle.State;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stepper over each control-flow construct around awaits: conditions of {@code else if} and {@code while let},
 * match scrutinees and guards, nested coroutines, labelled loops with {@code break 'outer} and {@code continue},
 * {@code return} and {@code ?} after an await, {@code break} with a value, {@code let ... else}, a loop that never
 * ends. The program is {@code flow/async/control_flow.rs}; its golden is rustc's numbering of the suspend points,
 * which the stepper must use unchanged. Each test gives a schedule and expects the exact states visited and the
 * code each step runs.
 */
class ControlFlowTest {
    private static final Path PROGRAM = Path.of("src/test/resources/dev/rxray/analysis/async/step/flow/async/"
            + "control_flow.rs");
    /** Every awaited future Ready at once, every loop body run twice: short traces that still go round loops. */
    private static final Schedule READY = new Schedule(Map.of(), Map.of(), 0, 2);

    private static PipelineResult result;

    @BeforeAll
    static void analyse() throws IOException {
        result = Pipeline.run(SourceFile.of(PROGRAM.getFileName().toString(), Files.readString(PROGRAM)));
    }

    private static CoroutineMachine machine(String name) {
        return result.async().byName(name).orElseThrow();
    }

    private static CoroutineShape shape(String name) {
        return CoroutineShape.of(machine(name), result.parse());
    }

    private static List<Step> run(String name, Schedule schedule) {
        return Stepper.run(machine(name), shape(name), schedule);
    }

    /** The steps that run body code, as {@code KIND:State}. */
    private static List<String> trace(List<Step> steps) {
        return steps.stream().filter(Step::runsCode).map(s -> s.kind() + ":" + s.state()).toList();
    }

    /** The code each of those steps runs, whitespace collapsed, its pieces joined by {@code " | "}. */
    private static List<String> regions(List<Step> steps) {
        return steps.stream().filter(Step::runsCode).map(s -> RegionText.of(result.source(), s.region())).toList();
    }

    private static Way way(String name, int from, WayKind kind) {
        return shape(name).waysFrom(from).stream().filter(w -> w.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theSuspendPointsAreRustcsInTheOrderTheTreeWalkMeetsThem() {
        AsyncGolden golden = AsyncGolden.read(AsyncGolden.besides(PROGRAM));
        assertThat(golden.coroutines()).hasSizeGreaterThan(10);
        for (Coroutine c : golden.coroutines()) {
            CoroutineMachine m = result.async().coroutines().stream()
                    .filter(x -> x.bodyStart().line() == c.body().start().line()
                            && x.bodyStart().column() == c.body().start().column())
                    .findFirst().orElseThrow();
            assertThat(m.states().stream().map(MachineState::name).toList()).as(c.name())
                    .isEqualTo(c.stateNames());
            for (State.Suspend s : c.suspends()) {
                assertThat(m.suspends().get(s.index()).await().toString()).as(c.name() + " " + s.name())
                        .isEqualTo(s.await().line() + ":" + s.await().column());
            }
            FlowGraphBuilder.Result walked = ShapeChecks.walk(m, result.parse()).orElseThrow();
            assertThat(walked.encounterOrder()).as(c.name())
                    .isEqualTo(java.util.stream.IntStream.range(0, m.suspends().size()).boxed().toList());
        }
    }

    @Test
    void anAwaitInAnElseIfConditionIsReachedInsteadOfTheThenArm() {
        CoroutineShape shape = shape("else_if");

        assertThat(shape.first()).containsExactly(0, 1);
        assertThat(shape.follow().get(0)).isEmpty();
        assertThat(shape.follow().get(1)).containsExactly(2);
        assertThat(shape.last()).containsExactly(0, 1, 2);

        List<Step> steps = run("else_if", READY.withChoice(Schedule.START, 1));
        assertThat(trace(steps)).containsExactly("POLL:Suspend1", "READY:Suspend2", "RETURN:Returned");
        assertThat(regions(steps).getFirst()).isEqualTo("{ if n == 0 | else if leaf(n).await");
        assertThat(regions(steps).get(1)).isEqualTo("> 5 { leaf(2).await");

        List<Step> toTheElse = run("else_if", READY.withChoice(Schedule.START, 1).withChoice(1, Schedule.END));
        assertThat(trace(toTheElse)).containsExactly("POLL:Suspend1", "RETURN:Returned");
    }

    @Test
    void aWhileLetConditionAwaitsOnEveryRoundAndEndsTheLoop() {
        CoroutineShape shape = shape("drain");
        assertThat(shape.loops()).extracting(CoroutineShape.LoopSpan::keyword).containsExactly("while");
        assertThat(shape.follow().get(0)).containsExactly(1);
        assertThat(shape.follow().get(1)).containsExactly(0);
        assertThat(shape.last()).containsExactly(0);

        List<Step> steps = run("drain", READY);

        assertThat(trace(steps)).containsExactly("POLL:Suspend0", "READY:Suspend1", "READY:Suspend0",
                "READY:Suspend1", "READY:Suspend0", "RETURN:Returned");
        assertThat(steps.stream().filter(Step::runsCode).map(s -> s.transition().kind()).toList())
                .containsExactly(Transition.Kind.POLL, Transition.Kind.READY, Transition.Kind.BACK,
                        Transition.Kind.READY, Transition.Kind.BACK, Transition.Kind.RETURN);
        assertThat(regions(steps)).containsExactly(
                "{ let mut total = 0; while let Some(x) = next_item(n).await",
                "{ total += leaf(x).await",
                "while let Some(x) = next_item(n).await | ; n += 1; }",
                "{ total += leaf(x).await",
                "while let Some(x) = next_item(n).await | ; n += 1; }",
                "total }");
    }

    @Test
    void theConditionCanFailAtOnce() {
        List<Step> steps = run("drain", READY.withChoice(0, Schedule.END));

        assertThat(trace(steps)).containsExactly("POLL:Suspend0", "RETURN:Returned");
    }

    @Test
    void aMatchScrutineeAwaitsFirstAndAGuardAwaitIsItsOwnWay() {
        CoroutineShape shape = shape("scrutinee");
        assertThat(shape.first()).containsExactly(0);
        assertThat(shape.follow().get(0)).containsExactly(1, 2);
        assertThat(shape.last()).containsExactly(0, 1, 2);

        assertThat(trace(run("scrutinee", READY))).containsExactly("POLL:Suspend0", "READY:Suspend1",
                "RETURN:Returned");
        List<Step> guard = run("scrutinee", READY.withChoice(0, 2));
        assertThat(trace(guard)).containsExactly("POLL:Suspend0", "READY:Suspend2", "RETURN:Returned");
        assertThat(regions(guard).get(1)).isEqualTo("{ | x if leaf(x).await");
        assertThat(trace(run("scrutinee", READY.withChoice(0, Schedule.END))))
                .containsExactly("POLL:Suspend0", "RETURN:Returned");
    }

    @Test
    void awaitsInsideNestedAsyncBlocksAndClosuresBelongToThem() {
        CoroutineShape outer = shape("nested");
        assertThat(outer.waysFrom(Schedule.START)).extracting(Way::to).containsExactly(0);
        assertThat(outer.follow()).containsExactly(java.util.Set.of(1), java.util.Set.of(2), java.util.Set.of());
        assertThat(outer.last()).containsExactly(2);
        assertThat(outer.tryAfter()).containsExactly(false, false, false);

        List<Step> steps = run("nested", READY);
        assertThat(trace(steps)).containsExactly("POLL:Suspend0", "READY:Suspend1", "READY:Suspend2",
                "RETURN:Returned");
        assertThat(regions(steps).getFirst()).endsWith("let a = block.await");

        CoroutineMachine block = result.async().coroutines().stream()
                .filter(m -> m.name().startsWith("async block@47")).findFirst().orElseThrow();
        List<Step> inner = Stepper.run(block, CoroutineShape.of(block, result.parse()), READY);
        assertThat(trace(inner)).containsExactly("POLL:Suspend0", "RETURN:Returned");
        assertThat(regions(inner)).containsExactly("async move { leaf(n).await", "+ 1 }");
    }

    @Test
    void labelledLoopsBreakAndContinueToTheOuterLoop() {
        CoroutineShape shape = shape("search");
        assertThat(shape.loops()).hasSize(2);
        assertThat(shape.waysFrom(0)).extracting(Way::label).containsExactly("Suspend2 (break)",
                "Suspend0 (continue)", "Suspend2 (continue)", "Suspend1");
        assertThat(shape.waysFrom(1)).extracting(Way::kind).containsExactly(WayKind.AGAIN, WayKind.AGAIN,
                WayKind.LOOP_ENDS);

        List<Step> steps = run("search", READY);

        assertThat(trace(steps)).containsExactly("POLL:Suspend0", "READY:Suspend1", "READY:Suspend0",
                "READY:Suspend0", "READY:Suspend1", "READY:Suspend0", "READY:Suspend2", "RETURN:Returned");
        List<String> descriptions = steps.stream().filter(Step::runsCode).map(Step::description).toList();
        assertThat(descriptions.get(2)).contains("the for loop goes round again");
        assertThat(descriptions.get(3)).contains("a continue goes back to the head of the for loop");
        assertThat(descriptions.get(6)).contains("a break leaves the for loop");
        assertThat(regions(steps).get(6)).isEqualTo("; if v == 4 { found = v; break 'outer | leaf(found).await");

        List<Step> breakAtOnce = run("search", READY.withChoice(0, 2));
        assertThat(trace(breakAtOnce)).containsExactly("POLL:Suspend0", "READY:Suspend2", "RETURN:Returned");
    }

    @Test
    void questionMarkAndReturnAfterAnAwaitAreWaysToReturned() {
        CoroutineShape shape = shape("early");
        assertThat(shape.tryAfter()).containsExactly(true, true);
        assertThat(shape.last()).containsExactly(0, 1);
        assertThat(shape.endsOnlyByTry(0)).isFalse();
        assertThat(shape.waysFrom(0)).extracting(Way::label).containsExactly("Returned (return)", "Suspend1",
                "Returned (Err: ?)");

        assertThat(trace(run("early", READY))).containsExactly("POLL:Suspend0", "READY:Suspend1",
                "RETURN:Returned");

        List<Step> err = run("early", READY.withChoice(0, way("early", 0, WayKind.TRY).choice()));
        assertThat(trace(err)).containsExactly("POLL:Suspend0", "RETURN:Returned");
        assertThat(regions(err).get(1)).isEqualTo("?");
        assertThat(err.getLast().description()).contains("a ? meets an Err");

        List<Step> returned = run("early", READY.withChoice(0, Schedule.END));
        assertThat(regions(returned).get(1)).isEqualTo("?; if a == 0 { return Ok(0)");
        assertThat(returned.getLast().description()).contains("to a return");

        List<Step> lateErr = run("early", READY.withChoice(1, way("early", 1, WayKind.TRY).choice()));
        assertThat(trace(lateErr)).containsExactly("POLL:Suspend0", "READY:Suspend1", "RETURN:Returned");
        assertThat(regions(lateErr).get(2)).isEqualTo("?");
    }

    @Test
    void breakWithAValueLeavesTheLoopForTheNextAwait() {
        CoroutineShape shape = shape("first_big");
        assertThat(shape.waysFrom(0)).extracting(Way::label).containsExactly("Suspend1 (break)",
                "Suspend0 (loop again)");

        List<Step> steps = run("first_big", READY);
        assertThat(trace(steps)).containsExactly("POLL:Suspend0", "READY:Suspend0", "READY:Suspend1",
                "RETURN:Returned");
        assertThat(regions(steps).get(1)).isEqualTo("loop { let v = leaf(n).await; if v > 2 | n += 1; }");
        assertThat(regions(steps).get(2)).isEqualTo("; if v > 2 { break v | ; leaf(found).await");

        Schedule once = new Schedule(Map.of(), Map.of(0, 1), 0, 2);
        assertThat(trace(run("first_big", once))).containsExactly("POLL:Suspend0", "READY:Suspend1",
                "RETURN:Returned");
    }

    @Test
    void letElseReturnsFromItsElseBlock() {
        assertThat(trace(run("let_else", READY))).containsExactly("POLL:Suspend0", "READY:Suspend1",
                "RETURN:Returned");

        List<Step> refuted = run("let_else", READY.withChoice(0, Schedule.END));
        assertThat(trace(refuted)).containsExactly("POLL:Suspend0", "RETURN:Returned");
        assertThat(regions(refuted).get(1)).isEqualTo("else { return 0");
    }

    @Test
    void aLoopWithoutExitNeverReturnsAndTheRunStopsAfterItsBound() {
        CoroutineShape shape = shape("forever");
        assertThat(shape.last()).isEmpty();
        assertThat(shape.mayEndWithoutAwait()).isFalse();

        List<Step> steps = run("forever", READY);

        assertThat(steps.getLast().state()).isEqualTo("Suspend0");
        assertThat(trace(steps)).hasSize(Schedule.MAX_ITERATIONS);
    }

    @Test
    void everyChoiceCodeTakesItsOwnWay() {
        for (String name : List.of("else_if", "drain", "scrutinee", "search", "early", "first_big", "let_else")) {
            CoroutineShape shape = shape(name);
            for (int from = Schedule.START; from < machine(name).suspends().size(); from++) {
                List<Integer> codes = new ArrayList<>();
                for (Way w : shape.waysFrom(from)) {
                    codes.add(w.choice());
                }
                assertThat(codes).as(name + " from " + from).doesNotHaveDuplicates();
            }
        }
    }
}
