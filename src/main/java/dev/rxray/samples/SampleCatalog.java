package dev.rxray.samples;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bundled samples, grouped by topic. Topics come in teaching order (async, pin, variance, phantom, basics,
 * then any other folder alphabetically); samples within a topic are sorted by file name, so authors order them
 * with name prefixes.
 *
 * <p>The default sample, the one the app opens on a first start, is {@value #INTRODUCTION}: the plainest async fn
 * (three awaits in a row), because the async state machine is what the app is mostly about. A build without it
 * opens the first {@code async} sample by name; without an {@code async} folder, the first sample of the first
 * topic; with no samples at all the caller falls back to its own text.
 */
public final class SampleCatalog {
    /** The resource folder the build copies {@code samples/} to. */
    public static final String RESOURCE_ROOT = "samples";

    /** The sample a first start opens on. */
    public static final String INTRODUCTION = "async/sequential_awaits.rs";

    private static final List<String> TOPIC_ORDER = List.of("async", "pin", "variance", "phantom", "basics");

    private final Map<String, List<Sample>> byTopic;

    private SampleCatalog(List<Sample> samples) {
        Map<String, List<Sample>> grouped = new LinkedHashMap<>();
        samples.stream()
                .sorted(Comparator.comparing((Sample s) -> topicRank(s.topic()))
                        .thenComparing(Sample::topic)
                        .thenComparing(Sample::fileName))
                .forEach(s -> grouped.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s));
        grouped.replaceAll((topic, list) -> List.copyOf(list));
        this.byTopic = java.util.Collections.unmodifiableMap(grouped);
    }

    public static SampleCatalog empty() {
        return new SampleCatalog(List.of());
    }

    /**
     * The samples on the class path, from a folder ({@code target/classes}) or from inside a jar. Never throws:
     * when nothing can be found or read, the catalog is empty.
     */
    public static SampleCatalog bundled() {
        return fromClassLoader(SampleCatalog.class.getClassLoader());
    }

    /** The samples visible to a class loader; the seam that lets tests put a jar on a loader of their own. */
    static SampleCatalog fromClassLoader(ClassLoader loader) {
        try {
            Optional<URI> root = resourceRoot(loader);
            if (root.isEmpty()) {
                return empty();
            }
            URI uri = root.get();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return fromDirectory(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return empty();
        }
    }

    /** The samples under a folder laid out as {@code <topic>/<name>.rs}. */
    public static SampleCatalog fromDirectory(Path root) throws IOException {
        return new SampleCatalog(scan(root));
    }

    /** Topic name to its samples, in display order. */
    public Map<String, List<Sample>> topics() {
        return byTopic;
    }

    public List<Sample> all() {
        return byTopic.values().stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return byTopic.isEmpty();
    }

    public Optional<Sample> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** See the class comment for the rule. */
    public Optional<Sample> defaultSample() {
        Optional<Sample> introduction = find(INTRODUCTION);
        if (introduction.isPresent()) {
            return introduction;
        }
        List<Sample> async = byTopic.get("async");
        if (async != null && !async.isEmpty()) {
            return Optional.of(async.getFirst());
        }
        return all().stream().findFirst();
    }

    private static int topicRank(String topic) {
        int i = TOPIC_ORDER.indexOf(topic);
        return i >= 0 ? i : TOPIC_ORDER.size();
    }

    private static Optional<URI> resourceRoot(ClassLoader loader) throws URISyntaxException {
        URL url = loader.getResource(RESOURCE_ROOT);
        if (url != null) {
            return Optional.of(url.toURI());
        }
        // A jar built without directory entries has no resource for the folder itself: look inside our own jar.
        var source = SampleCatalog.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        URI location = source.getLocation().toURI();
        if (location.getPath() != null && location.getPath().endsWith(".jar")) {
            return Optional.of(URI.create("jar:" + location + "!/" + RESOURCE_ROOT));
        }
        return Optional.empty();
    }

    private static SampleCatalog fromJar(URI uri) throws IOException {
        String spec = uri.toString();
        int separator = spec.indexOf("!/");
        URI jar = URI.create(spec.substring(0, separator));
        String inside = spec.substring(separator + 1);
        try {
            try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of())) {
                return new SampleCatalog(scan(zip.getPath(inside)));
            }
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else holds the jar open; share it and leave it open for them.
            return new SampleCatalog(scan(FileSystems.getFileSystem(jar).getPath(inside)));
        }
    }

    private static List<Sample> scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> topics = Files.list(root)) {
            for (Path topic : topics.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(topic)) {
                    for (Path file : files.filter(SampleCatalog::isRustFile).toList()) {
                        samples.add(read(topicName(topic), file));
                    }
                }
            }
        }
        return samples;
    }

    private static boolean isRustFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(".rs");
    }

    private static String topicName(Path topic) {
        String name = topic.getFileName().toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static Sample read(String topic, Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SampleHeader header = SampleHeader.of(text, fileName.substring(0, fileName.length() - 3));
        return new Sample(topic, fileName, header.title(), header.description(), text);
    }
}
