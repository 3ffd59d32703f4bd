package dev.rxray.syntax.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files under {@code src/test/resources/trees}. A missing golden is written and the test fails until it
 * is reviewed and committed; {@code -Dgolden.update=true} rewrites goldens on purpose. On a mismatch the actual text
 * is written under {@code target/golden-changed} for a diff.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src", "test", "resources", "trees");
    private static final Path CHANGED = Path.of("target", "golden-changed");

    private Golden() {
    }

    public static void check(String name, String actual) {
        Path file = ROOT.resolve(name + ".txt");
        try {
            boolean update = Boolean.getBoolean("golden.update");
            if (update || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!update) {
                    fail("golden " + file + " was missing and has been written: review and commit it");
                }
                return;
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                Path changed = CHANGED.resolve(name + ".txt");
                Files.createDirectories(changed.getParent());
                Files.writeString(changed, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).as("golden %s (actual text in %s)", file, CHANGED).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
