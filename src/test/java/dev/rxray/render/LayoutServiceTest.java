package dev.rxray.render;

import static org.assertj.core.api.Assertions.assertThat;

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
        LayoutOutcome outcome = hasty.layout(SampleFigures.longStateMachine(40), DotOptions.VIEW).join();
        assertThat(outcome).isInstanceOf(LayoutOutcome.Failed.class);
        assertThat(((LayoutOutcome.Failed) outcome).message()).contains("abandoned");
        LayoutOutcome next = new LayoutService(GraphvizRunner.shared(), PATIENT).layout(SampleFigures.asyncStateMachine(), DotOptions.VIEW).join();
        assertThat(next).isInstanceOf(LayoutOutcome.Laid.class);
    }

    @Test
    void graphvizRejectingItsInputIsAFailureValue() {
        RenderOutcome outcome = GraphvizRunner.shared().renderNow("digraph { a -> ", Format.JSON,
                Duration.ofSeconds(10));
        assertThat(outcome).isInstanceOf(RenderOutcome.Failed.class);
    }
}
