package dev.rxray.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between runs (theme, window bounds, last and recent files), stored as a properties file in
 * the config folder. Reading never fails: a missing or damaged file gives the defaults, because a lost preference
 * is a nuisance while a refusal to start is not acceptable.
 */
public final class Settings {
    public static final int MAX_RECENT = 10;

    private static final String THEME = "theme";
    private static final String LAST_FILE = "file.last";
    private static final String LAST_SAMPLE = "sample.last";
    private static final String RECENT = "file.recent.";
    private static final String WINDOW = "window.";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path configDirectory) {
        Settings settings = new Settings(configDirectory.resolve("settings.properties"));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public void save() throws IOException {
        StringWriter out = new StringWriter();
        values.store(out, "Rust X-Ray settings");
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Path file() {
        return file;
    }

    public Optional<String> theme() {
        return Optional.ofNullable(values.getProperty(THEME));
    }

    public void setTheme(String theme) {
        values.setProperty(THEME, theme);
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            WindowBounds bounds = new WindowBounds(
                    Double.parseDouble(values.getProperty(WINDOW + "x", "")),
                    Double.parseDouble(values.getProperty(WINDOW + "y", "")),
                    Double.parseDouble(values.getProperty(WINDOW + "width", "")),
                    Double.parseDouble(values.getProperty(WINDOW + "height", "")),
                    Boolean.parseBoolean(values.getProperty(WINDOW + "maximized", "false")));
            return bounds.usable() ? Optional.of(bounds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty(WINDOW + "x", Double.toString(bounds.x()));
        values.setProperty(WINDOW + "y", Double.toString(bounds.y()));
        values.setProperty(WINDOW + "width", Double.toString(bounds.width()));
        values.setProperty(WINDOW + "height", Double.toString(bounds.height()));
        values.setProperty(WINDOW + "maximized", Boolean.toString(bounds.maximized()));
    }

    public Optional<Path> lastFile() {
        return path(values.getProperty(LAST_FILE));
    }

    /** Most recent first, without duplicates. */
    public List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            path(values.getProperty(RECENT + i)).filter(p -> !recent.contains(p)).ifPresent(recent::add);
        }
        return List.copyOf(recent);
    }

    /** The bundled sample that was open last, when that was a sample rather than a file. */
    public Optional<String> lastSample() {
        return Optional.ofNullable(values.getProperty(LAST_SAMPLE)).filter(s -> !s.isBlank());
    }

    public void rememberSample(String sampleId) {
        values.setProperty(LAST_SAMPLE, sampleId);
        values.remove(LAST_FILE);
    }

    /** Records a file the user opened or saved: it becomes the last file and moves to the top of the recent list. */
    public void rememberFile(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        values.setProperty(LAST_FILE, normalized.toString());
        values.remove(LAST_SAMPLE);
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(normalized);
        recent.addFirst(normalized);
        writeRecent(recent);
    }

    public void clearRecentFiles() {
        writeRecent(List.of());
    }

    private void writeRecent(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty(RECENT + i, recent.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
    }

    private static Optional<Path> path(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
