package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.pipeline.PipelineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arms resumed inside a branch or a loop: the rest of the block, then the code after it, re-nested, with jumps
 * that still do what they did. Each test reads one arm's lines, indentation and comments aside.
 */
class ResumedArmsTest {
    private static final String PROGRAM = """
            async fn leaf(n: u32) -> u32 { n }

            async fn branch(n: u32) -> u32 {
                let mut x = 0;
                if n > 3 {
                    x = leaf(n).await;
                    x += 1;
                } else {
                    x = 2;
                }
                x * 10
            }

            async fn search(rows: u32) -> u32 {
                let mut found = 0;
                'outer: for r in 0..rows {
                    for c in 0..3 {
                        let v = leaf(r * 3 + c).await;
                        if v == 4 {
                            found = v;
                            break 'outer;
                        }
                        if v % 2 == 1 {
                            continue 'outer;
                        }
                    }
                }
                found
            }
            """;

    private static List<String> arm(String coroutine, int state) {
        PipelineResult result = DesugarSamples.analyse("resumed.rs", PROGRAM);
        CoroutineMachine machine = result.async().byName(coroutine).orElseThrow();
        DesugaredCoroutine d = Desugarer.desugar(result.parse(), machine);
        String text = ArmChecks.arms(d, machine.states().size()).get(state);
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .map(l -> l.replaceAll("\\s*//.*$", "")).toList();
    }

    @Test
    void theRestOfAThenBranchIsABlockAndTheElseIsNotRun() {
        assertThat(arm("branch", 1)).containsExactly(
                "Suspend0 => {",
                "let __out0 = match unsafe { Pin::new_unchecked(&mut __awaitee) }.poll(cx) {",
                "Poll::Pending => return Poll::Pending,",
                "Poll::Ready(v) => v,",
                "};",
                "{",
                "x = __out0;",
                "x += 1;",
                "}",
                "state = Returned;",
                "return Poll::Ready(x * 10);",
                "}");
    }

    @Test
    void theFirstArmRunsEitherBranchAndStopsAtTheAwait() {
        assertThat(arm("branch", 0)).containsExactly(
                "Unresumed => {",
                "let mut x = 0;",
                "if n > 3 {",
                "__awaitee = leaf(n).into_future();",
                "state = Suspend0;",
                "continue 'poll;",
                "} else {",
                "x = 2;",
                "}",
                "state = Returned;",
                "return Poll::Ready(x * 10);",
                "}");
    }

    @Test
    void aLabelledBreakAndContinueInTheRestOfARoundLeaveItsBlocks() {
        assertThat(arm("search", 1)).containsExactly(
                "Suspend0 => {",
                "let __out0 = match unsafe { Pin::new_unchecked(&mut __awaitee) }.poll(cx) {",
                "Poll::Pending => return Poll::Pending,",
                "Poll::Ready(v) => v,",
                "};",
                "'whole_loop: {",
                "'rest_of_round: {",
                "{",
                "let v = __out0;",
                "if v == 4 {",
                "found = v;",
                "break 'whole_loop;",
                "}",
                "if v % 2 == 1 {",
                "break 'rest_of_round;",
                "}",
                "}",
                "while let Some(c) = iter.next() {",
                "__awaitee = leaf(r * 3 + c).into_future();",
                "state = Suspend0;",
                "continue 'poll;",
                "}",
                "}",
                "'outer: while let Some(r) = iter.next() {",
                "for c in 0..3 {",
                "__awaitee = leaf(r * 3 + c).into_future();",
                "state = Suspend0;",
                "continue 'poll;",
                "}",
                "}",
                "}",
                "state = Returned;",
                "return Poll::Ready(found);",
                "}");
    }
}
