package dev.rxray.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void createsANewFileAndItsFolders() throws IOException {
        Path target = dir.resolve("a/b/new.rs");
        AtomicFiles.write(target, "fn main() {}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("fn main() {}");
        assertThat(siblings(target.getParent())).containsExactly("new.rs");
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("main.rs");
        Files.writeString(target, "old old old old old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
        assertThat(siblings(dir)).containsExactly("main.rs");
    }

    @Test
    void aFailureWhileWritingLeavesTheOriginalIntactAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("main.rs");
        Files.writeString(target, "precious");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new conte".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageContaining("No space");
        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(siblings(dir)).containsExactly("main.rs");
    }

    @Test
    void aFailedReplaceLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("occupied");
        Files.createDirectories(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1, 2, 3})).isInstanceOf(IOException.class);
        assertThat(target.resolve("inside.txt")).hasContent("keep me");
        assertThat(siblings(dir)).containsExactly("occupied");
    }

    private static java.util.List<String> siblings(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
