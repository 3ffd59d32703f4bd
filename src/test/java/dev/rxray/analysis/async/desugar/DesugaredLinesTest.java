package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.AsyncReport;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.pipeline.PipelineResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two-way mapping between desugared lines, states and source, and the awaitee links. */
class DesugaredLinesTest {
    private static final String SOURCE = """
            async fn leaf(n: u32) -> u32 {
                n + 1
            }

            async fn twice(a: u32) -> u32 {
                let x = leaf(a).await;
                let y = leaf(x).await + leaf(a).await;
                x + y
            }
            """;

    @Test
    void linesMapToTheirStateAndSourceBothWays() {
        PipelineResult result = DesugarSamples.analyse("twice.rs", SOURCE);
        CoroutineMachine twice = result.async().byName("twice").orElseThrow();
        DesugaredCoroutine d = Desugarer.desugar(result.parse(), twice);
        String text = result.source().text();

        int statement = text.indexOf("let y = leaf(x)");
        List<Integer> fromStatement = d.linesFrom(statement, statement);
        assertThat(fromStatement).isNotEmpty();
        assertThat(fromStatement.stream().map(i -> d.lines().get(i).text().strip()))
                .contains("let y = __out1 + __out2;");
        // The statement runs once both of its awaits are done: in the arm of Suspend2 (state index 3).
        int shown = fromStatement.stream().filter(i -> d.lines().get(i).text().contains("let y")).findFirst()
                .orElseThrow();
        assertThat(d.lines().get(shown).state()).isEqualTo(3);
        assertThat(d.lines().get(shown).origin()).hasValueSatisfying(
                span -> assertThat(text.substring(span.startOffset(), span.endOffset()))
                        .isEqualTo("let y = leaf(x).await + leaf(a).await;"));

        int arm = d.armStart(2);
        assertThat(d.lines().get(arm).text().strip()).isEqualTo("Suspend1 => {");
        assertThat(d.linesOfState(2)).contains(arm).allMatch(i -> d.lines().get(i).state() == 2);
        assertThat(d.lines().stream().map(DesugaredLine::text))
                .contains("    Returned,", "    Panicked,")
                .anyMatch(l -> l.startsWith("        __awaitee: {async fn body of leaf()},") && l.endsWith("`leaf(x)` (7:21)"))
                .anyMatch(l -> l.strip().equals("__awaitee = leaf(a).into_future();"))
                .anyMatch(l -> l.strip().equals("return Poll::Ready(x + y);"));
        assertThat(d.lines().getFirst().stateIndex()).isEmpty();
        assertThat(d.lines().getFirst().origin()).isEmpty();
    }

    @Test
    void anAwaiteeOfAnAsyncFnOfTheFileLinksToItsMachine() {
        PipelineResult result = DesugarSamples.analyse("twice.rs", SOURCE);
        AsyncReport report = result.async();
        CoroutineMachine twice = report.byName("twice").orElseThrow();
        assertThat(AwaiteeLinks.of(report, twice)).containsExactly(Optional.of("leaf"), Optional.of("leaf"),
                Optional.of("leaf"));
        PipelineResult nested = DesugarSamples.analyse(DesugarSamples.ASYNC.resolve("nested_futures.rs"));
        CoroutineMachine boxed = nested.async().byName("read_all_boxed").orElseThrow();
        MachineState.Suspend suspend = boxed.suspends().getFirst();
        assertThat(suspend.awaiteeType()).startsWith("Pin<Box<");
        assertThat(AwaiteeLinks.awaited(nested.async(), suspend).map(CoroutineMachine::name)).hasValue("read_pair");
    }

    @Test
    void anAwaiteeFromElsewhereHasNoLink() {
        PipelineResult result = DesugarSamples.analyse("ext.rs", """
                async fn run() {
                    std::future::ready(1).await;
                    tokio::time::sleep(d).await;
                }
                """);
        CoroutineMachine run = result.async().byName("run").orElseThrow();
        assertThat(AwaiteeLinks.of(result.async(), run)).containsOnly(Optional.empty());
    }

    @Test
    void brokenInputGivesAModelAndNeverThrows() {
        for (String broken : List.of("async fn f() { let x = g().await; if {", "async fn f() { a().await. }",
                "async fn f( { }", "fn main() { let b = async { x.await; ; }", "async fn f() -> { }")) {
            PipelineResult result = DesugarSamples.analyse("broken.rs", broken);
            for (CoroutineMachine machine : result.async().coroutines()) {
                DesugaredCoroutine d = Desugarer.desugar(result.parse(), machine);
                assertThat(d.armStart(0)).as(broken).isPositive();
                assertThat(d.lines()).allMatch(l -> l.source().endOffset() <= broken.length());
            }
        }
    }
}
