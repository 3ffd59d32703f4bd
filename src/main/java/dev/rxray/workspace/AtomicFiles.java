package dev.rxray.workspace;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Whole-file writes that never leave a truncated target: the bytes go to a temporary file beside the target
 * (same folder, hence same file system, so the final move is a rename), are flushed to the disk, and only then
 * replace the target. On any failure the temporary file is removed and the target is untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content of a file in one go; see {@link #write(Path, Content)}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Produces a file's bytes; it may fail part-way, and then the target is left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces the target with what {@code content} writes, or leaves it untouched if anything fails. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveOver(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** A temporary file is private to its owner; the saved file should keep the access the user gave it. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems cannot rename atomically; a plain replace is still better than
            // writing into the target in place.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
