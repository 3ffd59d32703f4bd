package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code rxray export FILE --view async}: valid, deterministic files, written atomically, clear errors. */
class ExportCommandTest {
    private static final String SOURCE = """
            use std::rc::Rc;
            async fn tick() {}
            async fn holds_rc_across() -> usize {
                let rc = Rc::new(1usize);
                tick().await;
                *rc
            }
            async fn plain(n: u32) -> u32 { tick().await; tick().await; n }
            """;

    /** Exported pictures are kept here to be looked at. */
    private static final Path EXPORTS = Path.of("target", "exports");

    @TempDir
    Path dir;

    @BeforeAll
    static void embeddedEngine() throws IOException {
        System.setProperty("rxray.graphviz.engine", System.getProperty("rxray.graphviz.engine", "v8"));
        Files.createDirectories(EXPORTS);
    }

    private Path source() throws IOException {
        return Files.writeString(dir.resolve("t.rs"), SOURCE);
    }

    @Test
    void aFileWithSyntaxErrorsIsNotExportedAndTheErrorIsLocated() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.rs"),
                "async fn tick() {}\nasync fn run(x: u32) -> u32 {\n    tick().await;\n    let y = x + ;\n    y\n}\n");
        Path out = dir.resolve("broken.svg");

        CliRun run = CliRun.of("export", broken.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains(broken + ":4:17: error").contains("not exported");
        assertThat(out).doesNotExist();
        CliRun traits = CliRun.of("traits", broken.toString(), "run(1)");
        assertThat(traits.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(traits.err()).contains(":4:17: error").contains("not answered");
        assertThat(traits.out()).isEmpty();
    }

    @Test
    void svgIsWellFormedAndTheSameTwice() throws Exception {
        Path out = dir.resolve("a.svg");

        CliRun run = CliRun.of("export", source().toString(), "--view", "async", "--coroutine",
                "holds_rc_across", "--format", "svg", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        byte[] first = Files.readAllBytes(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(out.toFile());
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("Suspend0").contains("Rc&lt;usize&gt;").contains("__awaitee");
        CliRun again = CliRun.of("export", source().toString(), "--coroutine", "holds_rc_across", "-o",
                out.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(out)).isEqualTo(first);
    }

    @Test
    void pngIsAnImageScaledAsAsked() throws Exception {
        Path one = dir.resolve("one.png");
        Path two = EXPORTS.resolve("async-holds_rc_across@2x.png");

        Path byDefault = dir.resolve("default.png");

        assertThat(CliRun.of("export", source().toString(), "--coroutine", "holds_rc_across", "--format", "png",
                "--scale", "1", "-o", one.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        CliRun run = CliRun.of("export", source().toString(), "--coroutine", "holds_rc_across", "--format", "png",
                "--scale", "2", "-o", two.toString());
        assertThat(CliRun.of("export", source().toString(), "--coroutine", "holds_rc_across", "--format", "png",
                "-o", byDefault.toString()).exitCode()).isEqualTo(ExitCodes.OK);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage big = ImageIO.read(two.toFile());
        assertThat(big.getWidth()).isBetween(small.getWidth() * 2 - 4, small.getWidth() * 2 + 4);
        assertThat(ImageIO.read(byDefault.toFile()).getWidth()).as("slides want scale 2 unless asked")
                .isEqualTo(big.getWidth());
    }

    @Test
    void pdfStartsWithItsMagicAndEndsWithEof() throws Exception {
        Path out = dir.resolve("a.pdf");

        CliRun run = CliRun.of("export", source().toString(), "--theme", "print", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String pdf = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-").contains("%%EOF");
    }

    @Test
    void stepKHighlightsTheStateOfThatStep() throws Exception {
        Path plain = dir.resolve("plain.dot");
        Path step = dir.resolve("step.dot");

        CliRun.of("export", source().toString(), "--coroutine", "plain", "-o", plain.toString());
        CliRun run = CliRun.of("export", source().toString(), "--coroutine", "plain", "--step", "2", "-o",
                step.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(step)).isNotEqualTo(Files.readString(plain));
        assertThat(CliRun.of("export", source().toString(), "--coroutine", "plain", "--step", "99", "-o",
                step.toString()).err()).contains("out of range");
    }

    @Test
    void allStepsWritesOneNumberedFilePerStep() throws Exception {
        Path steps = Files.createDirectories(EXPORTS.resolve("steps-plain"));

        CliRun run = CliRun.of("export", source().toString(), "--coroutine", "plain", "--format", "png",
                "--all-steps", steps.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(steps)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .startsWith("step-000.png", "step-001.png").hasSize(10);
        }
    }

    @Test
    void anUnknownCoroutineIsAOneLineUsageError() throws Exception {
        CliRun run = CliRun.of("export", source().toString(), "--coroutine", "nope", "-o",
                dir.resolve("x.svg").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().strip()).doesNotContain("\n").contains("no coroutine named 'nope'")
                .contains("holds_rc_across");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void aMissingDirectoryIsAClearErrorAndLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("missing").resolve("x.svg");

        CliRun run = CliRun.of("export", source().toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().strip()).doesNotContain("\n").contains("does not exist");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("t.rs");
        }
    }

    @Test
    void aMissingSourceFileAndBadOptionsAreUsageErrors() throws Exception {
        assertThat(CliRun.of("export", dir.resolve("none.rs").toString(), "-o", dir.resolve("x.svg").toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(CliRun.of("export", source().toString(), "--theme", "neon", "-o", "x.svg").err())
                .contains("unknown theme");
        assertThat(CliRun.of("export", source().toString(), "--view", "pin", "-o", "x.svg").err())
                .contains("unknown view");
        assertThat(CliRun.of("export", source().toString()).err()).contains("-o OUT");
    }

    @Test
    void theVarianceViewExportsOneTypesTableOrTheTypesGraph() throws Exception {
        Path file = Files.writeString(dir.resolve("v.rs"), """
                use std::cell::Cell;
                struct Slot<'a, T> { value: &'a T, hits: Cell<u32> }
                struct Holder<'a> { slot: Slot<'a, String> }
                """);
        Path table = dir.resolve("slot.svg");
        Path graph = dir.resolve("types.svg");

        CliRun one = CliRun.of("export", file.toString(), "--view", "variance", "--type", "Slot", "-o", table.toString());
        CliRun all = CliRun.of("export", file.toString(), "--view", "variance", "-o", graph.toString());
        CliRun missing = CliRun.of("export", file.toString(), "--view", "variance", "--type", "Nope", "-o",
                dir.resolve("x.svg").toString());

        assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(table)).contains("Slot").contains("covariant");
        assertThat(all.exitCode()).as(all.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(graph)).contains("Holder").contains("Slot");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(missing.err()).contains("no type named 'Nope'").contains("Slot, Holder");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void allStepsMakesItsFolderAndAnUnknownExtensionIsRefused() throws Exception {
        Path steps = dir.resolve("new").resolve("steps");
        Path jpg = dir.resolve("a.jpg");

        CliRun made = CliRun.of("export", source().toString(), "--coroutine", "plain", "--all-steps", steps.toString());
        CliRun refused = CliRun.of("export", source().toString(), "-o", jpg.toString());

        assertThat(made.exitCode()).as(made.err()).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(steps)) {
            List<Path> svgs = files.sorted().toList();
            assertThat(svgs.stream().map(p -> p.getFileName().toString())).startsWith("step-000.svg");
            // Each slide says which step it shows, so no two are the same picture.
            for (int i = 0; i < svgs.size(); i++) {
                assertThat(Files.readString(svgs.get(i))).contains("Step " + i + " ");
            }
            assertThat(svgs.stream().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().count()).isEqualTo(svgs.size());
        }
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(refused.err()).contains("cannot tell the format").contains(".png");
        assertThat(jpg).doesNotExist();
    }
}
