package dev.rxray.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all at once or not at all: the bytes go to a temporary file in the target's directory, are forced
 * to disk, and the temporary file is renamed over the target atomically. On any failure (missing or read-only
 * directory, full disk) the temporary file is removed and the target is left as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Temporary files are private; an export should get the permissions a normally created file gets. */
    private static void keepUsualPermissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    public static ExportResult write(Path target, byte[] bytes) {
        Path absolute;
        try {
            absolute = target.toAbsolutePath().normalize();
        } catch (InvalidPathException | java.io.IOError e) {
            return new ExportResult.Failed("not a usable path: " + target);
        }
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null) {
            return new ExportResult.Failed("not a file path: " + target);
        }
        if (!Files.isDirectory(dir)) {
            return new ExportResult.Failed("cannot write " + target + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            return new ExportResult.Failed("cannot write " + target + ": it is a directory");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepUsualPermissions(temp, absolute);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            return new ExportResult.Written(absolute, bytes.length);
        } catch (AccessDeniedException e) {
            return new ExportResult.Failed("cannot write " + target + ": permission denied in " + dir);
        } catch (NoSuchFileException e) {
            return new ExportResult.Failed("cannot write " + target + ": " + e.getFile() + " does not exist");
        } catch (AtomicMoveNotSupportedException e) {
            return new ExportResult.Failed("cannot write " + target + " atomically on this file system");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "file system error" : e.getReason();
            return new ExportResult.Failed("cannot write " + target + ": " + reason);
        } catch (IOException e) {
            return new ExportResult.Failed("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more can be done; the message above already says the write failed.
                }
            }
        }
    }
}
