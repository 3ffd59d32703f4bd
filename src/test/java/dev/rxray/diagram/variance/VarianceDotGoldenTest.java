package dev.rxray.diagram.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rxray.diagram.Figure;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.DotWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DOT of the sample {@code variance/struct_with_many_params.rs} (graph and tables) against a golden beside this
 * test; a mismatch writes {@code -changed.dot} for review, {@code -Dgolden.update=true} rewrites on purpose.
 */
class VarianceDotGoldenTest {

    private static final Path DIR = Path.of("src", "test", "resources", "dev", "rxray", "diagram", "variance");

    @Test
    void manyParamsSampleMatchesItsGolden() throws Exception {
        Path sample = Path.of(System.getProperty("rxray.samples"), "variance", "struct_with_many_params.rs");
        PipelineResult result = VarianceFiguresTest.run("struct_with_many_params.rs",
                Files.readString(sample, StandardCharsets.UTF_8));
        List<Figure> figures = VarianceFigures.all(result);
        StringBuilder dot = new StringBuilder();
        for (Figure figure : figures) {
            dot.append(DotWriter.dot(figure, DotOptions.VIEW)).append('\n');
        }
        check("struct_with_many_params.dot", dot.toString());
        assertThat(dot.toString()).contains("covariant").contains("invariant");
    }

    private static void check(String name, String actual) throws Exception {
        Files.createDirectories(DIR);
        Path golden = DIR.resolve(name);
        Path changed = DIR.resolve(name.replace(".dot", "-changed.dot"));
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            boolean existed = Files.exists(golden);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!existed && !Boolean.getBoolean("golden.update")) {
                fail("golden " + golden + " was written: review and commit it");
            }
            return;
        }
        if (!Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
            Files.writeString(changed, actual, StandardCharsets.UTF_8);
            fail("DOT differs from " + golden + "; see " + changed);
        }
        Files.deleteIfExists(changed);
    }
}
