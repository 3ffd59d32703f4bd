package dev.rxray.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.pipeline.Pipeline;
import dev.rxray.syntax.Highlight;
import dev.rxray.syntax.TokenClass;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Results for a text that has changed since are never shown; analysis failures do not stop the loop. */
@ExtendWith(ApplicationExtension.class)
class AnalysisLoopTest {

    @Start
    void start(Stage stage) {
        // Only the FX toolkit is needed.
    }

    @Test
    void aResultForAnOlderVersionIsDropped() throws InterruptedException {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        EditorServices slowFirst = new EditorServices(source -> {
            if (source.text().equals("old")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return Pipeline.run(source);
        }, text -> List.of());
        try (AnalysisLoop loop = new AnalysisLoop(slowFirst, a -> shown.add(a.result().source().text()))) {
            UiTestSupport.runOnFx(() -> {
                loop.bump();
                loop.request("a.rs", "old");
            });
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            UiTestSupport.runOnFx(() -> {
                loop.bump();
                loop.request("a.rs", "new");
            });
            releaseFirst.countDown();
            UiTestSupport.waitUntil("the new text is shown", UiTestSupport.seconds(5), () -> shown.contains("new"));
            UiTestSupport.sleep(200);
            assertThat(shown).containsExactly("new");
        }
    }

    @Test
    void aStageThatThrowsStillShowsTheRestAndSaysSo() {
        List<Analysis> shown = new CopyOnWriteArrayList<>();
        EditorServices broken = new EditorServices(source -> {
            if (!source.text().isEmpty()) {
                throw new IllegalStateException("bug");
            }
            return Pipeline.run(source);
        }, text -> List.of(new Highlight(TokenClass.KEYWORD, 0, 2)));
        try (AnalysisLoop loop = new AnalysisLoop(broken, shown::add)) {
            UiTestSupport.runOnFx(() -> {
                loop.bump();
                loop.request("a.rs", "fn main() {}");
            });
            UiTestSupport.waitUntil("a result is shown", UiTestSupport.seconds(5), () -> !shown.isEmpty());
            Analysis analysis = shown.getFirst();
            assertThat(analysis.problem()).contains("analysis failed");
            assertThat(analysis.styles().get(0).getStyleSpan(0).getStyle()).containsExactly("tok-keyword");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
