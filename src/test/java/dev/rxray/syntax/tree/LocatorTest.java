package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.SourceFile;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The locator's fast line and column lookup agrees with {@link SourceFile#span} everywhere. */
class LocatorTest {

    private static void agreesEverywhere(String text) {
        SourceFile source = SourceFile.of("t.rs", text);
        Locator locator = new Locator(source);
        Random random = new Random(text.length());
        for (int i = 0; i < 2_000; i++) {
            int a = random.nextInt(text.length() + 1);
            int b = a + random.nextInt(text.length() + 1 - a);
            assertThat(locator.span(a, b)).as("%d..%d", a, b).isEqualTo(source.span(a, b));
        }
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(locator.span(offset, offset)).isEqualTo(source.span(offset, offset));
        }
    }

    @Test
    void asciiWithCrlfAndTabs() {
        agreesEverywhere("fn main() {\r\n\tlet x = 1;\r\n\r\n    x\n}\n");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountAsOneColumn() {
        agreesEverywhere("// \uD83D\uDE00 smile\nfn f() { \"\uD83D\uDE00\uD83D\uDE00\" }\n\u00e9\u4e2d\n");
    }

    @Test
    void noTrailingNewlineAndEmptyText() {
        agreesEverywhere("a\nb");
        agreesEverywhere("");
    }
}
