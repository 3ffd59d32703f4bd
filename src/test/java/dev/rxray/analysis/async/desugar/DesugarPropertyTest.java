package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.pipeline.PipelineResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every desugared coroutine of every async sample must have. */
class DesugarPropertyTest {
    static Stream<Path> samples() {
        return DesugarSamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyStateHasAnArmAndEveryAwaitIsInExactlyOneArm(Path sample) {
        PipelineResult result = DesugarSamples.analyse(sample);
        assertThat(result.async().coroutines()).as(sample.toString()).isNotEmpty();
        for (CoroutineMachine machine : result.async().coroutines()) {
            DesugaredCoroutine desugared = Desugarer.desugar(result.parse(), machine);
            String where = sample.getFileName() + " " + machine.name();
            List<MachineState> states = machine.states();
            for (int s = 0; s < states.size(); s++) {
                int arm = desugared.armStart(s);
                assertThat(arm).as(where + ": arm of " + states.get(s).name()).isGreaterThan(0);
                assertThat(desugared.lines().get(arm).text().strip())
                        .as(where).startsWith(states.get(s).name() + " => ");
                assertThat(desugared.lines().get(arm).state()).isEqualTo(s);
            }
            for (MachineState.Suspend suspend : machine.suspends()) {
                int keyword = CoroutineShape.offsetOf(result.source(), suspend.await());
                List<DesugaredLine> creating = desugared.lines().stream()
                        .filter(l -> l.text().strip().startsWith("__awaitee = ")
                                && l.source().startOffset() <= keyword && keyword < l.source().endOffset())
                        .toList();
                assertThat(creating).as(where + ": the arm that creates the awaitee of " + suspend.name())
                        .hasSize(1);
                int creatorState = creating.getFirst().state();
                assertThat(creatorState).as(where).isLessThan(suspend.index() + 1);
                assertThat(creating.getFirst().text()).contains(".into_future()");
                long polls = desugared.lines().stream()
                        .filter(l -> l.text().strip().startsWith("let __out" + suspend.index() + " = match"))
                        .filter(l -> l.state() == suspend.index() + 1)
                        .count();
                assertThat(polls).as(where + ": the poll of " + suspend.name() + " in its own arm").isEqualTo(1);
                assertThat(desugared.text()).contains("    " + suspend.name() + " {");
            }
            assertThat(desugared.text()).as(where)
                    .contains("explanation model")
                    .contains("\"" + Desugarer.RESUMED_AFTER_COMPLETION + "\"")
                    .contains("\"" + Desugarer.RESUMED_AFTER_PANICKING + "\"");
            long opens = desugared.text().chars().filter(c -> c == '{').count();
            assertThat(opens).as(where + ": something was written").isPositive();
        }
    }
}
