package dev.rxray.analysis.async.desugar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
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
    void everyStateHasAnArmAndEveryAwaitIsSetUpWhereverTheBodyReachesIt(Path sample) {
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
            CoroutineShape shape = CoroutineShape.of(machine, result.parse());
            List<String> arms = ArmChecks.arms(desugared, states.size());
            for (MachineState.Suspend suspend : machine.suspends()) {
                int keyword = CoroutineShape.offsetOf(result.source(), suspend.await());
                String goes = "state = " + suspend.name() + ";";
                List<DesugaredLine> setUp = desugared.lines().stream()
                        .filter(l -> l.text().contains(goes) || l.text().strip().startsWith("__awaitee = ")
                                && l.source().startOffset() <= keyword && keyword < l.source().endOffset())
                        .toList();
                assertThat(setUp).as(where + ": the lines that set up " + suspend.name()).isNotEmpty()
                        .allMatch(l -> l.source().startOffset() <= keyword && keyword < l.source().endOffset(),
                                "made from its await");
                assertThat(setUp.stream().filter(l -> l.text().contains(".into_future()")))
                        .as(where + ": " + suspend.name() + "'s awaitee").isNotEmpty();
                // The arms that go to this state are those of the states the flow graph says come before it.
                for (int s = 0; s < states.size(); s++) {
                    int from = states.get(s) instanceof MachineState.Suspend k ? k.index()
                            : states.get(s) instanceof MachineState.Unresumed ? Schedule.START : Integer.MIN_VALUE;
                    boolean before = from != Integer.MIN_VALUE
                            && shape.waysFrom(from).stream().anyMatch(w -> w.to() == suspend.index() && !w.returns());
                    assertThat(arms.get(s).contains(goes)).as(where + ": " + states.get(s).name() + " goes to "
                            + suspend.name()).isEqualTo(before);
                }
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
