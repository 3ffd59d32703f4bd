package dev.rxray.ui.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import dev.rxray.ui.diagram.ExportSubjects;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the Async tab offers to export, and the file names it suggests. */
class MachineExportTest {
    private static final PipelineResult RESULT = Pipeline.run(SourceFile.of("m.rs", """
            async fn leaf() -> u32 { 1 }
            async fn two() -> u32 { leaf().await + leaf().await }
            fn main() {}
            """));
    private static final CoroutineMachine TWO = RESULT.async().coroutines().stream()
            .filter(m -> m.name().equals("two")).findFirst().orElseThrow();
    private static final CoroutineShape SHAPE = CoroutineShape.of(TWO, RESULT.parse());
    private static final GraphFigure FIGURE = AsyncFigures.build(TWO, SHAPE, RESULT.source());
    private static final List<Step> STEPS = Stepper.run(TWO, SHAPE, Schedule.DEFAULT);

    @Test
    void namesOfMethodsImplsAndBlocksBecomePlainFileNames() {
        assertThat(MachineExport.fileName("count_refs")).isEqualTo("count_refs");
        assertThat(MachineExport.fileName("Account::close")).isEqualTo("Account_close");
        assertThat(MachineExport.fileName("<MemStore as Storage>::read")).isEqualTo("MemStore_as_Storage_read");
        assertThat(MachineExport.fileName("async block@12:5")).isEqualTo("async_block_12_5");
        assertThat(MachineExport.fileName("async closure@3:13")).isEqualTo("async_closure_3_13");
        assertThat(MachineExport.fileName("größe")).isEqualTo("größe");
        assertThat(MachineExport.fileName("../../etc/passwd")).isEqualTo("etc_passwd");
        assertThat(MachineExport.fileName("<>::")).isEqualTo("coroutine");
        assertThat(MachineExport.fileName("a".repeat(200))).hasSize(80);
    }

    @Test
    void theStepIsInTheNameOnlyPastTheStart() {
        assertThat(MachineExport.atStep("Account::close", FIGURE, STEPS.get(0)).fileStem()).isEqualTo("Account_close");
        assertThat(MachineExport.atStep("Account::close", FIGURE, STEPS.get(4)).fileStem())
                .isEqualTo("Account_close-step-4");
        assertThat(MachineExport.unmarked("Account::close", FIGURE).fileStem()).isEqualTo("Account_close");
    }

    @Test
    void atAStepTheDialogOffersThatStepFirstAndMarksItAsTheCommandLineDoes() {
        Step step = STEPS.get(4);
        ExportSubjects<MachineExport> offered = MachineExport.offered("two", FIGURE, Optional.of(step));
        assertThat(offered.choices()).hasSize(2);
        MachineExport first = offered.preferred();
        assertThat(first).isEqualTo(offered.choices().getFirst());
        assertThat(first.highlight()).isEqualTo(AsyncFigures.forStep(FIGURE, step));
        assertThat(first.highlight().current()).isEqualTo(AsyncFigures.nodeId(step.state()));
        assertThat(offered.description().apply(first)).isEqualTo("The state machine at step 4 (" + step.state() + ")");
        MachineExport unmarked = offered.choices().get(1);
        assertThat(unmarked.highlight()).isEqualTo(Highlight.NONE);
        assertThat(offered.header()).isEqualTo("Export the state machine of two");
    }

    @Test
    void beforeTheFirstStepOnlyTheUnmarkedMachineIsOffered() {
        ExportSubjects<MachineExport> offered = MachineExport.offered("two", FIGURE, Optional.empty());
        assertThat(offered.choices()).containsExactly(MachineExport.unmarked("two", FIGURE));
        assertThat(offered.description().apply(offered.preferred())).isEqualTo("The state machine, no step marked");
    }
}
