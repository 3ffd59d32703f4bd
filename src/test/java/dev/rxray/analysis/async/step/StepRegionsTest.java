package dev.rxray.analysis.async.step;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source a step runs is the code on the way it takes, not everything between its two awaits: the arm of an
 * {@code if} or {@code match} not taken, the rest of a loop body after {@code break}, and the code after a
 * {@code ?} that met an {@code Err} are left out. Each expected piece is quoted from the program, and must be the
 * source text at exactly that place.
 */
class StepRegionsTest {
    private static final String PROGRAM = """
            async fn leaf(n: u32) -> u32 { n }
            async fn fallible(n: u32) -> Result<u32, String> { Ok(n) }

            async fn branch(n: u32) -> u32 {
                let a = leaf(n).await;
                if a > 3 {
                    let big = a * 2;
                    big + 1
                } else {
                    let small = leaf(a).await;
                    small - 1
                }
            }

            async fn pick(n: u32) -> u32 {
                let k = leaf(n).await;
                let v = match k {
                    0 => { let zero = 10; zero }
                    1 => leaf(k + 7).await,
                    _ => { let other = k * 3; other }
                };
                v + leaf(v).await
            }

            async fn scan(mut n: u32) -> u32 {
                loop {
                    let v = leaf(n).await;
                    if v > 9 {
                        break;
                    }
                    n += 1;
                    let unreached_after_break = n;
                }
                leaf(n).await
            }

            async fn tried(n: u32) -> Result<u32, String> {
                let a = fallible(n).await?;
                let after_try = a + 1;
                Ok(after_try + leaf(a).await)
            }
            """;
    /** Every awaited future Ready at once, every loop body once: short traces. */
    private static final Schedule READY = new Schedule(Map.of(), Map.of(), 0, 1);

    private static PipelineResult result;

    @BeforeAll
    static void analyse() {
        result = Pipeline.run(dev.rxray.syntax.SourceFile.of("regions.rs", PROGRAM));
    }

    private static List<Step> run(String name, Schedule schedule) {
        CoroutineMachine machine = result.async().byName(name).orElseThrow();
        return Stepper.run(machine, CoroutineShape.of(machine, result.parse()), schedule).stream()
                .filter(Step::runsCode).toList();
    }

    private static CoroutineShape shape(String name) {
        return CoroutineShape.of(result.async().byName(name).orElseThrow(), result.parse());
    }

    /** The source text of each piece, exactly as written. */
    private static List<String> pieces(SourceRegion region) {
        return region.spans().stream().map(s -> PROGRAM.substring(s.startOffset(), s.endOffset())).toList();
    }

    /** The span of the {@code occurrence}-th (from 0) copy of {@code text} in the program. */
    private static Span at(String text, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = PROGRAM.indexOf(text, from + 1);
        }
        assertThat(from).as(text).isNotNegative();
        return result.source().span(from, from + text.length());
    }

    /** The text from the end of {@code after} to the end of {@code to}, both quoted from the program. */
    private static String from(String after, int afterOccurrence, String to, int toOccurrence) {
        return PROGRAM.substring(at(after, afterOccurrence).endOffset(), at(to, toOccurrence).endOffset()).strip();
    }

    @Test
    void theElseWayLeavesOutTheThenBlock() {
        List<Step> steps = run("branch", READY.withChoice(0, 1));

        assertThat(steps).extracting(Step::state).containsExactly("Suspend0", "Suspend1", "Returned");
        SourceRegion toElse = steps.get(1).region();
        assertThat(pieces(toElse)).containsExactly(
                from("leaf(n).await", 0, "if a > 3", 0),
                from("big + 1\n    }", 0, "leaf(a).await", 0));
        assertThat(pieces(toElse).get(1)).startsWith("else {").doesNotContain("big");
        assertThat(toElse.code().startOffset()).isEqualTo(at("leaf(n).await", 0).endOffset());
        assertThat(toElse.code().endOffset()).isEqualTo(at("leaf(a).await", 0).endOffset());
    }

    @Test
    void theThenWayLeavesOutTheElseBlockAndEndsTheBody() {
        List<Step> steps = run("branch", READY.withChoice(0, Schedule.END));

        assertThat(steps).extracting(Step::state).containsExactly("Suspend0", "Returned");
        List<String> ran = pieces(steps.get(1).region());
        // The last piece is the closing brace of the body.
        assertThat(ran).containsExactly(from("leaf(n).await", 0, "big + 1\n    }", 0), "}");
        assertThat(steps.get(1).region().spans().getLast()).isEqualTo(at("}\n\nasync fn pick", 0).startOffset()
                == 0 ? null : result.source().span(at("}\n\nasync fn pick", 0).startOffset(),
                at("}\n\nasync fn pick", 0).startOffset() + 1));
        assertThat(String.join("", ran)).doesNotContain("small", "else");
    }

    @Test
    void aMatchRunsOnlyTheArmTaken() {
        // Straight on to Suspend2: the first arm that gets there, and none of the others.
        List<Step> third = run("pick", READY.withChoice(0, 2));
        assertThat(third).extracting(Step::state).containsExactly("Suspend0", "Suspend2", "Returned");
        assertThat(pieces(third.get(1).region())).containsExactly(
                from("leaf(n).await", 1, "0 => { let zero = 10; zero }", 0),
                from("_ => { let other = k * 3; other }", 0, "leaf(v).await", 0));

        List<Step> second = run("pick", READY.withChoice(0, 1));
        assertThat(second).extracting(Step::state).containsExactly("Suspend0", "Suspend1", "Suspend2", "Returned");
        assertThat(pieces(second.get(1).region())).containsExactly(
                from("leaf(n).await", 1, "match k {", 0), "1 => leaf(k + 7).await");
        assertThat(pieces(second.get(2).region())).containsExactly(
                from("_ => { let other = k * 3; other }", 0, "leaf(v).await", 0));
        assertThat(second.get(2).region().spans().getFirst().startOffset())
                .isEqualTo(at("};\n    v + leaf(v)", 0).startOffset());
    }

    @Test
    void aBreakLeavesOutTheRestOfTheLoopBody() {
        List<Step> steps = run("scan", READY.withChoice(0, 1));

        assertThat(steps).extracting(Step::state).containsExactly("Suspend0", "Suspend1", "Returned");
        assertThat(pieces(steps.get(1).region())).containsExactly(
                from("leaf(n).await", 2, "break", 0),
                from("unreached_after_break = n;\n    }", 0, "leaf(n).await", 3));
        assertThat(String.join("", pieces(steps.get(1).region()))).doesNotContain("unreached_after_break");
    }

    @Test
    void goingRoundTheLoopRunsTheRestOfTheBodyAndThenItsHead() {
        Schedule twice = new Schedule(Map.of(), Map.of(0, 2), 0, 1);
        List<Step> steps = run("scan", twice);

        assertThat(steps).extracting(Step::state).containsExactly("Suspend0", "Suspend0", "Suspend1", "Returned");
        // Round again: the head to the await, then the rest of the body without the break block.
        assertThat(pieces(steps.get(1).region())).containsExactly(
                PROGRAM.substring(at("loop {", 0).startOffset(), at("if v > 9", 0).endOffset()),
                PROGRAM.substring(at("n += 1;", 0).startOffset(), at("unreached_after_break = n;\n    }", 0)
                        .endOffset()));
        assertThat(steps.get(1).region().code()).isEqualTo(at("loop {", 0).to(
                at("unreached_after_break = n;\n    }", 0)));
    }

    @Test
    void anErrFromQuestionMarkRunsNothingAfterIt() {
        Way err = shape("tried").waysFrom(0).stream().filter(w -> w.kind() == WayKind.TRY).findFirst()
                .orElseThrow();
        List<Step> steps = run("tried", READY.withChoice(0, err.choice()));

        assertThat(steps).extracting(Step::state).containsExactly("Suspend0", "Returned");
        assertThat(pieces(steps.get(1).region())).containsExactly("?");
        assertThat(steps.get(1).region().spans()).containsExactly(at("?", 0));

        List<Step> ok = run("tried", READY);
        assertThat(pieces(ok.get(1).region())).containsExactly(from("fallible(n).await", 0, "leaf(a).await", 1));
    }

    @Test
    void aStatesRegionIsEveryPieceOfItsWays() {
        CoroutineShape shape = shape("branch");
        // From Suspend0 both arms can run, so the state's region is the whole rest of the body.
        assertThat(pieces(shape.regions().get(1))).containsExactly(
                from("leaf(n).await", 0, "leaf(a).await", 0), "}");
        assertThat(pieces(shape.regions().get(2))).containsExactly(from("leaf(a).await", 0, "small - 1\n    }\n}", 0));
    }
}
