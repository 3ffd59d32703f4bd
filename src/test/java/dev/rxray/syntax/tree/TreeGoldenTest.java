package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden per construct family: the snippet's diagnostics (there should be none) and its printed tree.
 * Review a golden as a statement of how the snippet is read.
 */
class TreeGoldenTest {

    static Stream<Arguments> snippets() {
        return Snippets.all().entrySet().stream()
                .map(e -> Arguments.of(Named.of(e.getKey(), e.getKey()), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippetTreeMatchesGolden(String name, String rust) {
        ParseResult result = RustSyntax.parse(SourceFile.of(name + ".rs", rust));
        StringBuilder text = new StringBuilder();
        for (Diagnostic d : result.diagnostics()) {
            text.append("diagnostic: ").append(d.format(name + ".rs")).append('\n');
        }
        text.append(TreePrinter.print(result.crate()));
        Golden.check(name, text.toString());
        assertThat(result.diagnostics()).as("snippet %s parses cleanly", name).isEmpty();
    }
}
