package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.outline.OutlineBuilder;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample program builds a tree that keeps the tree's invariants: no building problem, children inside their
 * parents, each item in the outline. The samples compile with rustc, so any diagnostic here is a defect.
 */
class SampleTreesTest {

    @TestFactory
    Stream<DynamicTest> everySampleBuildsACleanTree() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("rxray.samples", "samples"));
        assumeTrue(Files.isDirectory(root), "no samples folder at " + root);
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no samples under " + root);
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            SourceFile source = SourceFile.decode(file.getFileName().toString(), Files.readAllBytes(file));
            ParseResult result = RustSyntax.parse(source);
            assertThat(result.diagnostics()).isEmpty();
            assertThat(result.crate().items()).isNotEmpty();
            TreeWalk.edges(result.crate(), (parent, child) -> assertThat(
                    parent.span().startOffset() <= child.span().startOffset()
                            && child.span().endOffset() <= parent.span().endOffset()).isTrue());
            assertThat(OutlineBuilder.build(result.crate())).hasSameSizeAs(result.crate().items());
        }));
    }
}
