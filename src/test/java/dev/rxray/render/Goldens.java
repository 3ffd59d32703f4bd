package dev.rxray.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/dev/rxray/render/goldens}. A mismatch writes {@code NAME-changed.EXT}
 * beside the golden for review; a missing golden is written and the test fails until it is committed;
 * {@code -Dgolden.update=true} rewrites goldens on purpose.
 */
final class Goldens {
    static final Path DIR = Path.of("src", "test", "resources", "dev", "rxray", "render", "goldens");

    private Goldens() {
    }

    static void check(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        Path changed = DIR.resolve(changedName(name));
        Files.createDirectories(DIR);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            Files.deleteIfExists(changed);
            return;
        }
        if (!Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("golden " + golden + " did not exist; it has been written: review and commit it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Files.writeString(changed, actual, StandardCharsets.UTF_8);
            fail("output differs from " + golden + "; the new output is in " + changed
                    + " (diff them; rerun with -Dgolden.update=true if the change is intended)");
        }
        Files.deleteIfExists(changed);
    }

    static String changedName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "-changed" : name.substring(0, dot) + "-changed" + name.substring(dot);
    }
}
