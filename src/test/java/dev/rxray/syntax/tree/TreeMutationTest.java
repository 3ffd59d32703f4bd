package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.outline.OutlineBuilder;
import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Damaged variants of every snippet (a range deleted, duplicated or moved; seeded, so a failure reproduces): the
 * tree is still built by the builder itself, not dropped by its safety net, and keeps its invariants.
 */
class TreeMutationTest {
    private static final int MUTATIONS_PER_SNIPPET = 40;

    @TestFactory
    Stream<DynamicTest> damagedSnippetsStillBuildConsistentTrees() {
        return Snippets.all().entrySet().stream().map(snippet -> DynamicTest.dynamicTest(snippet.getKey(),
                () -> mutateAndCheck(snippet)));
    }

    private static void mutateAndCheck(Map.Entry<String, String> snippet) {
        Random random = new Random(snippet.getKey().hashCode());
        for (int i = 0; i < MUTATIONS_PER_SNIPPET; i++) {
            String text = mutate(snippet.getValue(), random);
            ParseResult result = RustSyntax.parse(SourceFile.of("m.rs", text));
            String where = snippet.getKey() + " mutation " + i + ":\n" + text;
            assertThat(result.diagnostics()).as(where).noneMatch(TreeMutationTest::isBuilderFailure);
            TreeWalk.edges(result.crate(), (parent, child) -> assertThat(
                    parent.span().startOffset() <= child.span().startOffset()
                            && child.span().endOffset() <= parent.span().endOffset())
                    .as(where + "\n" + child.getClass().getName() + " " + TreePrinter.position(child.span())
                            + " outside " + parent.getClass().getName() + " " + TreePrinter.position(parent.span()))
                    .isTrue());
            assertThat(TreePrinter.print(result.crate())).startsWith("Crate");
            assertThat(OutlineBuilder.build(result.crate())).hasSameSizeAs(result.crate().items());
        }
    }

    private static boolean isBuilderFailure(Diagnostic d) {
        return d.message().startsWith("could not build the syntax tree");
    }

    private static String mutate(String text, Random random) {
        int length = text.length();
        int start = random.nextInt(length);
        int end = Math.min(length, start + 1 + random.nextInt(12));
        String piece = text.substring(start, end);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, start) + text.substring(end);
            case 1 -> text.substring(0, end) + piece + text.substring(end);
            default -> {
                String without = text.substring(0, start) + text.substring(end);
                int at = random.nextInt(without.length() + 1);
                yield without.substring(0, at) + piece + without.substring(at);
            }
        };
    }
}
