package dev.rxray.workspace;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Keeps the one recovery copy of the editor's buffer in the config folder. The copy is a single file (a short
 * header, a {@code ---} line, then the text verbatim) written atomically, so a crash in the middle of an autosave
 * still leaves the previous copy readable. A copy that cannot be read back is ignored rather than reported: it is
 * a safety net, and a broken net must not stop the app from starting.
 */
public final class RecoveryStore {
    private static final String MAGIC = "rxray-recovery 1";
    private static final String SEPARATOR = "---\n";

    private final Path file;

    public RecoveryStore(Path configDirectory) {
        this.file = configDirectory.resolve("recovery.rs.txt");
    }

    public Path file() {
        return file;
    }

    public void save(RecoverySnapshot snapshot) throws IOException {
        String header = MAGIC + "\n"
                + "origin " + encode(snapshot.origin()) + "\n"
                + "saved " + snapshot.savedAt() + "\n"
                + SEPARATOR;
        AtomicFiles.write(file, (header + snapshot.text()).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<RecoverySnapshot> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    private static Optional<RecoverySnapshot> parse(String content) throws DateTimeParseException {
        int bodyStart = content.indexOf("\n" + SEPARATOR);
        if (!content.startsWith(MAGIC + "\n") || bodyStart < 0) {
            return Optional.empty();
        }
        DocumentOrigin origin = null;
        Instant savedAt = Instant.EPOCH;
        for (String line : content.substring(0, bodyStart).split("\n")) {
            if (line.startsWith("origin ")) {
                origin = decode(line.substring("origin ".length())).orElse(null);
            } else if (line.startsWith("saved ")) {
                savedAt = Instant.parse(line.substring("saved ".length()));
            }
        }
        if (origin == null) {
            return Optional.empty();
        }
        String text = content.substring(bodyStart + 1 + SEPARATOR.length());
        return Optional.of(new RecoverySnapshot(origin, text, savedAt));
    }

    private static String encode(DocumentOrigin origin) {
        return switch (origin) {
            case DocumentOrigin.OnDisk(Path path) -> "file " + escape(path.toString());
            case DocumentOrigin.BundledSample(String id) -> "sample " + escape(id);
            case DocumentOrigin.Scratch() -> "scratch";
        };
    }

    private static Optional<DocumentOrigin> decode(String value) {
        if (value.equals("scratch")) {
            return Optional.of(new DocumentOrigin.Scratch());
        }
        if (value.startsWith("file ")) {
            return Optional.of(new DocumentOrigin.OnDisk(Path.of(unescape(value.substring(5)))));
        }
        if (value.startsWith("sample ")) {
            return Optional.of(new DocumentOrigin.BundledSample(unescape(value.substring(7))));
        }
        return Optional.empty();
    }

    private static String escape(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
