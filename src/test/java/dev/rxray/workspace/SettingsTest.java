package dev.rxray.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void everythingSurvivesASaveAndLoad() throws IOException {
        Settings settings = Settings.load(dir);
        settings.setTheme("dark");
        settings.setWindowBounds(new WindowBounds(10, 20, 1200, 800, true));
        settings.rememberFile(dir.resolve("a.rs"));
        settings.rememberFile(dir.resolve("b.rs"));
        settings.rememberFile(dir.resolve("a.rs"));
        settings.save();

        Settings again = Settings.load(dir);
        assertThat(again.theme()).contains("dark");
        assertThat(again.windowBounds()).contains(new WindowBounds(10, 20, 1200, 800, true));
        assertThat(again.lastFile()).contains(dir.resolve("a.rs"));
        assertThat(again.recentFiles()).containsExactly(dir.resolve("a.rs"), dir.resolve("b.rs"));
    }

    @Test
    void theLastDocumentIsEitherAFileOrASample() {
        Settings settings = Settings.load(dir);
        settings.rememberFile(dir.resolve("a.rs"));
        settings.rememberSample("async/01_hello.rs");
        assertThat(settings.lastFile()).isEmpty();
        assertThat(settings.lastSample()).contains("async/01_hello.rs");
        settings.rememberFile(dir.resolve("a.rs"));
        assertThat(settings.lastSample()).isEmpty();
        assertThat(settings.recentFiles()).containsExactly(dir.resolve("a.rs"));
    }

    @Test
    void theRecentListIsCapped() {
        Settings settings = Settings.load(dir);
        for (int i = 0; i < Settings.MAX_RECENT + 5; i++) {
            settings.rememberFile(dir.resolve(i + ".rs"));
        }
        assertThat(settings.recentFiles()).hasSize(Settings.MAX_RECENT).first().isEqualTo(dir.resolve("14.rs"));
    }

    @Test
    void aMissingOrDamagedFileGivesDefaults() throws IOException {
        assertThat(Settings.load(dir).theme()).isEmpty();
        Files.writeString(dir.resolve("settings.properties"), "window.x=abc\nwindow.width=\\u00zz\n");
        Settings damaged = Settings.load(dir);
        assertThat(damaged.windowBounds()).isEmpty();
        assertThat(damaged.recentFiles()).isEmpty();
    }

    @Test
    void tinyOrNonFiniteWindowBoundsAreNotRestored() {
        Settings settings = Settings.load(dir);
        settings.setWindowBounds(new WindowBounds(0, 0, 3, 3, false));
        assertThat(settings.windowBounds()).isEmpty();
        settings.setWindowBounds(new WindowBounds(Double.NaN, 0, 800, 600, false));
        assertThat(settings.windowBounds()).isEmpty();
    }

    @Test
    void theConfigFolderFollowsTheSystemProperty() {
        String before = System.getProperty(ConfigDirectory.PROPERTY);
        try {
            System.setProperty(ConfigDirectory.PROPERTY, dir.toString());
            assertThat(ConfigDirectory.resolve()).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty(ConfigDirectory.PROPERTY);
            } else {
                System.setProperty(ConfigDirectory.PROPERTY, before);
            }
        }
    }
}
