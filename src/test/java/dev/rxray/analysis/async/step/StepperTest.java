package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules of Pending/Ready answers and loop counts -> the states the simulated executor visits. */
class StepperTest {
    private static final String TWO_AWAITS = """
            async fn leaf() {}
            async fn two(n: u32) -> u32 {
                let a = n + 1;
                leaf().await;
                let b = a * 2;
                leaf().await;
                b
            }
            """;

    private static final String LOOP = """
            async fn leaf(n: u32) -> u32 { n }
            async fn sum(items: Vec<u32>) -> u32 {
                let mut total = 0;
                for item in items {
                    total += leaf(item).await;
                }
                leaf(total).await
            }
            """;

    private static List<Step> run(String text, String name, Schedule schedule) {
        PipelineResult result = Pipeline.run(SourceFile.of("t.rs", text));
        CoroutineMachine machine = result.async().byName(name).orElseThrow();
        return Stepper.run(machine, result.source(), schedule);
    }

    private static List<String> trace(List<Step> steps) {
        return steps.stream().map(s -> s.kind() + ":" + s.state()).toList();
    }

    @Test
    void theDefaultScheduleIsPendingOnceThenReadyAtEveryAwait() {
        List<Step> steps = run(TWO_AWAITS, "two", Schedule.DEFAULT);

        assertThat(trace(steps)).containsExactly(
                "CREATED:Unresumed", "POLL:Suspend0", "PENDING:Suspend0", "WAKE:Suspend0", "POLL:Suspend0",
                "READY:Suspend1", "PENDING:Suspend1", "WAKE:Suspend1", "POLL:Suspend1", "RETURN:Returned");
        assertThat(steps).extracting(Step::poll).containsExactly(0, 1, 1, 1, 2, 2, 2, 2, 3, 3);
        assertThat(steps.get(2).result()).isEqualTo("Poll::Pending");
        assertThat(steps.getLast().result()).startsWith("Poll::Ready");
        assertThat(steps.get(2).saved()).containsExactly("n", "a", "__awaitee");
        assertThat(steps.get(6).saved()).containsExactly("n", "b", "__awaitee");
    }

    @Test
    void readyAtOnceRunsTheWholeBodyInOnePoll() {
        Schedule allReady = new Schedule(java.util.Map.of(), java.util.Map.of(), 0, 1);

        List<Step> steps = run(TWO_AWAITS, "two", allReady);

        assertThat(trace(steps)).containsExactly("CREATED:Unresumed", "POLL:Suspend0", "READY:Suspend1",
                "RETURN:Returned");
        assertThat(steps.getLast().poll()).isEqualTo(1);
    }

    @Test
    void pendingTwiceAtTheSecondAwaitOnlyAddsAPollThere() {
        Schedule schedule = new Schedule(java.util.Map.of(), java.util.Map.of(), 0, 1).withPendings(1, 2);

        List<Step> steps = run(TWO_AWAITS, "two", schedule);

        assertThat(trace(steps)).containsExactly("CREATED:Unresumed", "POLL:Suspend0", "READY:Suspend1",
                "PENDING:Suspend1", "WAKE:Suspend1", "POLL:Suspend1", "PENDING:Suspend1", "WAKE:Suspend1",
                "POLL:Suspend1", "RETURN:Returned");
        assertThat(steps.getLast().poll()).isEqualTo(3);
    }

    @Test
    void aLoopRunsAsOftenAsTheScheduleSaysAndTakesItsBackEdge() {
        Schedule threeRounds = new Schedule(java.util.Map.of(), java.util.Map.of(0, 3), 0, 1);

        List<Step> steps = run(LOOP, "sum", threeRounds);

        assertThat(trace(steps)).containsExactly("CREATED:Unresumed", "POLL:Suspend0", "READY:Suspend0",
                "READY:Suspend0", "READY:Suspend1", "RETURN:Returned");
        assertThat(steps.get(2).transition().kind()).isEqualTo(Transition.Kind.BACK);
        assertThat(steps.get(4).transition().kind()).isEqualTo(Transition.Kind.READY);
    }

    private static final String BRANCHES = """
            async fn leaf(n: u32) -> u32 { n }
            async fn pick(n: u32) -> u32 {
                let x = match n {
                    0 => leaf(1).await,
                    1 => { leaf(2).await }
                    _ => 7,
                };
                if x > 3 {
                    leaf(x).await;
                } else {
                    leaf(0).await;
                }
                x
            }
            """;

    @Test
    void branchesAreAlternativesNotASequence() {
        PipelineResult result = Pipeline.run(SourceFile.of("t.rs", BRANCHES));
        CoroutineMachine machine = result.async().byName("pick").orElseThrow();
        CoroutineShape shape = CoroutineShape.of(machine, result.source());

        assertThat(shape.first()).containsExactly(0, 1, 2, 3);
        assertThat(shape.follow().get(0)).containsExactly(2, 3);
        assertThat(shape.follow().get(1)).containsExactly(2, 3);
        assertThat(shape.follow().get(2)).isEmpty();
        assertThat(shape.last()).containsExactly(2, 3);
        assertThat(shape.mayEndWithoutAwait()).isFalse();
    }

    @Test
    void theFirstArmIsTakenUnlessTheUserPicksAnother() {
        Schedule ready = new Schedule(java.util.Map.of(), java.util.Map.of(), 0, 1);

        assertThat(trace(run(BRANCHES, "pick", ready))).containsExactly("CREATED:Unresumed", "POLL:Suspend0",
                "READY:Suspend2", "RETURN:Returned");
        assertThat(trace(run(BRANCHES, "pick", ready.withChoice(Schedule.START, 1).withChoice(1, 3))))
                .containsExactly("CREATED:Unresumed", "POLL:Suspend1", "READY:Suspend3", "RETURN:Returned");
    }

    @Test
    void aFutureWithoutAwaitsReturnsOnTheFirstPoll() {
        List<Step> steps = run("async fn nothing() -> u8 { 7 }", "nothing", Schedule.DEFAULT);

        assertThat(trace(steps)).containsExactly("CREATED:Unresumed", "RETURN:Returned");
    }

    @Test
    void eachStepsRegionEndsAtTheAwaitItStopsAt() {
        PipelineResult result = Pipeline.run(SourceFile.of("t.rs", TWO_AWAITS));
        CoroutineMachine machine = result.async().byName("two").orElseThrow();
        CoroutineShape shape = CoroutineShape.of(machine, result.source());

        SourceRegion first = shape.regions().get(0);
        String text = result.source().text();
        assertThat(text.substring(first.await().startOffset(), first.await().endOffset())).isEqualTo("await");
        assertThat(first.await().startLine()).isEqualTo(4);
        assertThat(text.substring(first.code().startOffset(), first.code().endOffset()))
                .contains("let a = n + 1;").endsWith("leaf().await");
        assertThat(shape.regions()).hasSize(3);
        assertThat(text.substring(shape.regions().get(2).code().startOffset(),
                shape.regions().get(2).code().endOffset())).contains("b").doesNotContain("await");
    }

    @Test
    void countsAreBoundedSoEveryRunEnds() {
        Schedule huge = new Schedule(java.util.Map.of(0, 1_000_000), java.util.Map.of(0, 1_000_000), 99, 99);

        List<Step> steps = run(LOOP, "sum", huge);

        assertThat(steps.getLast().state()).isEqualTo("Returned");
        assertThat(steps.size()).isLessThan(100);
    }
}
