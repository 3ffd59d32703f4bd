package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.SampleFigures;
import guru.nidi.graphviz.engine.Format;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layouts run off the caller's thread, stale requests are dropped, and limits give values, not hangs. */
class LayoutServiceTest {
    /**
     * For layouts that are not about the limit: after an abandoned run the embedded engine starts again on a fresh
     * thread, which can take seconds on a busy machine.
     */
    private static final Duration PATIENT = Duration.ofSeconds(60);

    @BeforeAll
    static void warm() {
        System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
        assertThat(GraphvizRunner.shared().warmUp().join()).isInstanceOf(RenderOutcome.Rendered.class);
    }

    @Test
    void onlyTheNewestOfSeveralRequestsIsLaidOut() {
        LayoutService service = new LayoutService(GraphvizRunner.shared(), PATIENT);
        CompletableFuture<LayoutOutcome> first = service.layout(SampleFigures.longStateMachine(30), DotOptions.VIEW);
        CompletableFuture<LayoutOutcome> second = service.layout(SampleFigures.longStateMachine(5), DotOptions.VIEW);
        CompletableFuture<LayoutOutcome> third = service.layout(SampleFigures.asyncStateMachine(), DotOptions.VIEW);
        assertThat(first.join()).isInstanceOf(LayoutOutcome.Superseded.class);
        assertThat(second.join()).isInstanceOf(LayoutOutcome.Superseded.class);
        LayoutOutcome last = third.join();
        assertThat(last).isInstanceOf(LayoutOutcome.Laid.class);
        assertThat(((LayoutOutcome.Laid) last).graph().nodes()).hasSize(5);
    }

    @Test
    void layoutsRunOnTheGraphvizThread() {
        String caller = Thread.currentThread().getName();
        String worker = new LayoutService().layout(SampleFigures.asyncStateMachine(), DotOptions.VIEW)
                .thenApply(outcome -> Thread.currentThread().getName()).join();
        assertThat(worker).isNotEqualTo(caller);
    }

    @Test
    void aLayoutOverItsTimeLimitFailsWithAMessageAndTheNextOneStillWorks() {
        LayoutService hasty = new LayoutService(GraphvizRunner.shared(), Duration.ofMillis(1));
        GraphFigure figure = SampleFigures.longStateMachine(40);
        LayoutOutcome outcome = hasty.layout(figure, DotOptions.VIEW).join();
        assertThat(outcome).isInstanceOf(LayoutOutcome.Failed.class);
        assertThat(((LayoutOutcome.Failed) outcome).message())
                .startsWith("laying out " + figure.nodes().size() + " nodes and " + figure.edges().size()
                        + " edges took longer than 1 ms, so it was abandoned")
                .as("the embedded engine names the remedy").contains("dot program on the PATH");
        LayoutOutcome next = new LayoutService(GraphvizRunner.shared(), PATIENT).layout(SampleFigures.asyncStateMachine(), DotOptions.VIEW).join();
        assertThat(next).isInstanceOf(LayoutOutcome.Laid.class);
    }

    @Test
    void theEmbeddedEngineHasTheLongerLimitAndTheServiceUsesTheLimitOfTheEngineThatRuns() {
        assertThat(GraphvizRunner.shared().embedded()).isTrue();
        assertThat(GraphvizRunner.shared().limit()).isEqualTo(GraphvizRunner.EMBEDDED_LIMIT)
                .isGreaterThan(GraphvizRunner.DEFAULT_LIMIT);
        if (GraphvizRunner.dotOnPath()) {
            System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "dot");
            try {
                assertThat(GraphvizRunner.shared().limit()).isEqualTo(GraphvizRunner.DEFAULT_LIMIT);
                assertThat(GraphvizRunner.shared().overLimit(Duration.ofSeconds(5), 3, 1))
                        .isEqualTo("laying out 3 nodes and 1 edge took longer than 5 s, so it was abandoned");
            } finally {
                System.setProperty(GraphvizRunner.ENGINE_PROPERTY, "v8");
            }
        }
    }

    @Test
    void graphvizRejectingItsInputIsAFailureValue() {
        RenderOutcome outcome = GraphvizRunner.shared().renderNow("digraph { a -> ", Format.JSON,
                Duration.ofSeconds(10));
        assertThat(outcome).isInstanceOf(RenderOutcome.Failed.class);
    }
}
