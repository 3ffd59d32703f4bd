package dev.rxray.ui.variance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Variance tab on a real sample through the real pipeline: the picker lists the file's types, hovering a cell
 * shows its reason, switching type redraws, the graph gets laid out; snapshots go to target/snapshots/variance-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class VariancePaneTest {
    private VariancePane pane;
    private Stage stage;
    private final StringBuilder buffer = new StringBuilder();

    /**
     * Graphviz's engine is chosen once per process at its first run; the render goldens are made with the embedded
     * one, so a test that may run first asks for it too.
     */
    @org.junit.jupiter.api.BeforeAll
    static void embeddedGraphviz() {
        System.setProperty(dev.rxray.render.GraphvizRunner.ENGINE_PROPERTY, "v8");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pane = new VariancePane(SnippetEditor.of(buffer::toString, (start, end, text) -> buffer.replace(start, end,
                text)));
        stage.setScene(new Scene((javafx.scene.Parent) pane.view(), 560, 820));
        stage.show();
    }

    private static PipelineResult sample(String folder, String name) throws Exception {
        Path file = Path.of(System.getProperty("rxray.samples"), folder, name);
        return Pipeline.run(SourceFile.of(name, Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void aFileWithoutTypesFirstShowsThePlaceholder(FxRobot robot) throws Exception {
        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("f.rs", "fn main() {}"))));
        assertThat(onFx(() -> pane.picker().getItems())).isEmpty();
        assertThat(onFx(() -> pane.chooser().results().getItems())).isEmpty();
        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("g.rs", "struct G<T>(T);"))));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("G");
    }

    @Test
    void aNewFileStartsAtTheFirstTypeWithAParameter(FxRobot robot) throws Exception {
        String text = "struct User { name: String }\nstruct Id<T> { raw: u32, _t: std::marker::PhantomData<T> }\n";
        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("a.rs", text))));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("Id");
        assertThat(onFx(() -> pane.reasonText())).startsWith("Hover a cell");
        runOnFx(() -> pane.picker().setValue("User"));
        assertThat(onFx(() -> pane.reasonText())).startsWith("`User` has no lifetime, type or const parameter");
        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("a.rs", text + "\n"))));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("User");
        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("b.rs", text))));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("Id");
    }

    @Test
    void theCaretInsideATypeShowsItsTableUntilTheUserPicksAnother(FxRobot robot) throws Exception {
        String text = "struct A<T>(T);\nmod m {\n    pub struct B<'a> { r: &'a u8 }\n}\nfn f() {}\n";
        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("c.rs", text))));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("A");
        int insideB = text.indexOf("r: &");
        runOnFx(() -> pane.caretMoved(insideB));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("B");
        runOnFx(() -> pane.picker().setValue("A"));
        runOnFx(() -> pane.caretMoved(insideB + 1));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("A");
        runOnFx(() -> pane.caretMoved(text.indexOf("fn f")));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("A");
        runOnFx(() -> pane.caretMoved(insideB));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("B");
    }

    @Test
    void hoveringACellShowsItsReasonAndTheGraphIsLaidOut(FxRobot robot) throws Exception {
        PipelineResult result = sample("variance", "struct_with_many_params.rs");
        runOnFx(() -> pane.show(result));
        assertThat(onFx(() -> pane.picker().getItems())).containsExactly("Parser");
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("Parser");

        robot.moveTo("#f-output-p-T");
        String reason = onFx(() -> pane.reasonText());
        assertThat(reason).startsWith("output \u00d7 T:").contains("invariant");
        assertThat(robot.lookup(".badge").queryAll()).hasSizeGreaterThanOrEqualTo(5);
        robot.moveTo("#trait-Sync");
        assertThat(onFx(() -> pane.reasonText())).startsWith("Sync if T: Sync");

        waitUntil(() -> !pane.graph().lookupAll(".diagram-node").isEmpty());
        assertThat(pane.graph().lookupAll(".diagram-node")).hasSize(1);
        assertThat(snapshot("variance-tab-many-params")).isNotEmptyFile();
    }

    @Test
    void pickingAnotherTypeRedrawsAndReanalysisKeepsTheChoice(FxRobot robot) throws Exception {
        PipelineResult result = Pipeline.run(SourceFile.of("h.rs", """
                use std::cell::Cell;
                struct Holder<'a, T> { r: &'a T, c: Cell<T> }
                struct Outer<'b, U> { inner: Holder<'b, U>, f: fn(U) }
                struct Unused<X> { n: u32 }
                """));
        runOnFx(() -> pane.show(result));
        runOnFx(() -> pane.picker().setValue("Outer"));
        Node cell = robot.lookup("#f-f-p-U").query();
        assertThat(cell.getStyleClass()).contains("tone-contravariant");
        runOnFx(() -> pane.show(result));
        assertThat(onFx(() -> pane.picker().getValue())).isEqualTo("Outer");

        runOnFx(() -> pane.picker().setValue("Unused"));
        robot.moveTo("#result-p-X");
        assertThat(onFx(() -> pane.reasonText())).contains("PhantomData");
        waitUntil(() -> pane.graph().lookupAll(".diagram-node").size() == 3);
        assertThat(snapshot("variance-tab-unused")).isNotEmptyFile();
        runOnFx(() -> pane.showGraphPage(true));
        assertThat(onFx(() -> pane.visibleSubject())).isEqualTo(VarianceSubject.GRAPH);
        Thread.sleep(300);
        assertThat(snapshot("variance-tab-graph")).isNotEmptyFile();
        runOnFx(() -> pane.showGraphPage(false));
        assertThat(onFx(() -> pane.visibleSubject())).isEqualTo(VarianceSubject.TABLE);

        runOnFx(() -> pane.show(Pipeline.run(SourceFile.of("e.rs", "fn main() {}"))));
        assertThat(onFx(() -> pane.picker().getItems())).isEmpty();
    }

    @Test
    void theChooserAddsTheMarkerToTheSnippetAndThePlaygroundAnswers(FxRobot robot) throws Exception {
        String text = "struct Id<'a, T> {\n    raw: u64,\n    name: &'a str,\n}\n";
        buffer.append(text);
        PipelineResult result = Pipeline.run(SourceFile.of("id.rs", text));
        runOnFx(() -> pane.show(result));
        runOnFx(() -> pane.chooser().variance().setValue(dev.rxray.analysis.variance.Variance.CONTRAVARIANT));
        runOnFx(() -> pane.chooser().show(result.types().type("Id").map(r -> r.declaration())));
        assertThat(onFx(() -> pane.chooser().results().getItems())).isNotEmpty();
        runOnFx(() -> ((javafx.scene.control.TabPane) pane.view().lookup(".rx-variance-pages"))
                .getSelectionModel().select(2));
        assertThat(snapshot("variance-tab-chooser")).isNotEmptyFile();
        String marker = onFx(() -> pane.chooser().results().getSelectionModel().getSelectedItem().marker());
        assertThat(marker).isEqualTo("PhantomData<fn(&'a ())>");
        runOnFx(() -> pane.chooser().apply().fire());
        assertThat(buffer.toString()).isEqualTo(
                "struct Id<'a, T> {\n    raw: u64,\n    name: &'a str,\n"
                        + "    _marker: std::marker::PhantomData<fn(&'a ())>,\n}\n");
        assertThat(onFx(() -> pane.chooser().status().getText())).contains("_marker");

        runOnFx(() -> pane.chooser().apply().fire());
        assertThat(onFx(() -> pane.chooser().status().getText())).contains("changed since");

        assertThat(onFx(() -> pane.playground().given().getText())).isEqualTo("Id<'static, T>");
        assertThat(onFx(() -> pane.playground().expected().getText())).isEqualTo("Id<'a, T>");
        assertThat(onFx(() -> pane.playground().answer().getText())).isEqualTo("Yes");
        runOnFx(() -> {
            pane.playground().given().setText("Id<'a, T>");
            pane.playground().expected().setText("Id<'static, T>");
            pane.playground().ask();
        });
        assertThat(onFx(() -> pane.playground().answer().getText())).isEqualTo("No");
        assertThat(onFx(() -> pane.playground().reasons().getText())).contains("does not outlive 'static");
        runOnFx(() -> ((javafx.scene.control.TabPane) pane.view().lookup(".rx-variance-pages"))
                .getSelectionModel().select(3));
        assertThat(snapshot("variance-tab-subtyping")).isNotEmptyFile();
    }

    private Path snapshot(String name) throws Exception {
        WritableImage image = onFx(() -> stage.getScene().snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path file = Path.of("target", "snapshots", name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(buffered, "png", file.toFile());
        return file;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (!onFx(condition)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    private static void runOnFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return true;
        });
    }
}
