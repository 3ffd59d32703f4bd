package dev.rxray.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSnapshotComesBackExactlyForEveryKindOfOrigin() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        String text = "fn main() {\n    // --- not a header\n---\n}\n";
        Instant when = Instant.parse("2026-11-26T20:00:00Z");
        for (DocumentOrigin origin : new DocumentOrigin[] {
                new DocumentOrigin.OnDisk(dir.resolve("odd name %20 ü.rs")),
                new DocumentOrigin.BundledSample("async/01_hello.rs"),
                new DocumentOrigin.Scratch()}) {
            store.save(new RecoverySnapshot(origin, text, when));
            assertThat(store.load()).contains(new RecoverySnapshot(origin, text, when));
        }
    }

    @Test
    void clearingRemovesTheCopy() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(new RecoverySnapshot(new DocumentOrigin.Scratch(), "x", Instant.now()));
        store.clear();
        assertThat(store.load()).isEmpty();
        assertThat(Files.exists(store.file())).isFalse();
    }

    @Test
    void aDamagedCopyIsIgnoredNotThrown() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        Files.writeString(store.file(), "rxray-recovery 1\norigin nonsense\n---\ntext");
        assertThat(store.load()).isEmpty();
        Files.writeString(store.file(), "rxray-recovery 1\norigin scratch\nsaved yesterday\n---\ntext");
        assertThat(store.load()).isEmpty();
        Files.write(store.file(), new byte[] {(byte) 0xFF, 0, 1});
        assertThat(store.load()).isEmpty();
    }

    @Test
    void onlyACopyThatDiffersFromTheSavedTextIsWorthOffering() {
        RecoverySnapshot onDisk = new RecoverySnapshot(new DocumentOrigin.OnDisk(dir.resolve("a.rs")), "new", Instant.now());
        assertThat(onDisk.differsFrom(Optional.of("new"))).isFalse();
        assertThat(onDisk.differsFrom(Optional.of("old"))).isTrue();
        assertThat(onDisk.differsFrom(Optional.empty())).as("the file is gone: the copy is all there is").isTrue();
        RecoverySnapshot blank = new RecoverySnapshot(new DocumentOrigin.Scratch(), "  \n", Instant.now());
        assertThat(blank.differsFrom(Optional.empty())).isFalse();
    }
}
