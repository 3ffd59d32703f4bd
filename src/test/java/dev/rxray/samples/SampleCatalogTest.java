package dev.rxray.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCatalogTest {
    @TempDir
    Path dir;

    private void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void layOut(Path root) throws IOException {
        write(root, "basics/a_struct.rs", "//! Structs\n//! Named, tuple and unit structs.\nfn main() {}\n");
        write(root, "async/02_join.rs", "//! Join\n//! Two futures polled together.\nfn main() {}\n");
        write(root, "async/01_hello.rs", "//! Hello async\n//! The smallest async fn.\nasync fn f() {}\nfn main() {}\n");
        write(root, "pin/self_ref.rs", "\n//! Self-referential\n\n//! Why Pin exists.\n");
        write(root, "zeta/untitled.rs", "fn main() {}\n//! too late to be a title\n");
        write(root, "async/notes.txt", "not a sample");
    }

    @Test
    void listsTopicsInTeachingOrderAndSamplesByName() throws IOException {
        layOut(dir);
        SampleCatalog catalog = SampleCatalog.fromDirectory(dir);
        assertThat(catalog.topics().keySet()).containsExactly("async", "pin", "basics", "zeta");
        assertThat(catalog.topics().get("async")).extracting(Sample::fileName).containsExactly("01_hello.rs", "02_join.rs");
    }

    @Test
    void readsTitleAndDescriptionFromTheLeadingDocLines() throws IOException {
        layOut(dir);
        SampleCatalog catalog = SampleCatalog.fromDirectory(dir);
        Sample hello = catalog.find("async/01_hello.rs").orElseThrow();
        assertThat(hello.title()).isEqualTo("Hello async");
        assertThat(hello.description()).isEqualTo("The smallest async fn.");
        assertThat(hello.text()).contains("async fn f()");
        Sample pin = catalog.find("pin/self_ref.rs").orElseThrow();
        assertThat(pin.title()).isEqualTo("Self-referential");
        assertThat(pin.description()).isEqualTo("Why Pin exists.");
        Sample untitled = catalog.find("zeta/untitled.rs").orElseThrow();
        assertThat(untitled.title()).isEqualTo("untitled");
        assertThat(untitled.description()).isEmpty();
    }

    @Test
    void theDefaultIsTheIntroductionWhenThereIsOne() throws IOException {
        layOut(dir);
        write(dir, "async/" + SampleCatalog.INTRODUCTION.substring("async/".length()), "//! Sequential awaits\n");
        assertThat(SampleCatalog.fromDirectory(dir).defaultSample()).map(Sample::id).contains(SampleCatalog.INTRODUCTION);
    }

    @Test
    void theDefaultIsTheFirstAsyncSampleElseTheFirstSample() throws IOException {
        layOut(dir);
        assertThat(SampleCatalog.fromDirectory(dir).defaultSample()).map(Sample::id).contains("async/01_hello.rs");

        Path noAsync = dir.resolve("other");
        write(noAsync, "variance/b.rs", "//! B\n");
        write(noAsync, "pin/z.rs", "//! Z\n");
        assertThat(SampleCatalog.fromDirectory(noAsync).defaultSample()).map(Sample::id).contains("pin/z.rs");

        assertThat(SampleCatalog.fromDirectory(dir.resolve("missing")).defaultSample()).isEmpty();
    }

    @Test
    void findsSamplesInsideAJarOnTheClassPath() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("create", "true"))) {
            layOut(zip.getPath("/samples"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            SampleCatalog catalog = SampleCatalog.fromClassLoader(loader);
            assertThat(catalog.all()).hasSize(5);
            assertThat(catalog.find("async/02_join.rs").orElseThrow().description()).isEqualTo("Two futures polled together.");
        }
    }

    @Test
    void findsSamplesInAClassesFolderOnTheClassPath() throws IOException {
        layOut(dir.resolve("classes/samples"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(SampleCatalog.fromClassLoader(loader).defaultSample()).map(Sample::title).contains("Hello async");
        }
    }

    @Test
    void aClassPathWithoutSamplesGivesAnEmptyCatalog() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(SampleCatalog.fromClassLoader(loader).isEmpty()).isTrue();
        }
    }

    @Test
    void everyBundledSampleHasATitleAndADescription() {
        SampleCatalog bundled = SampleCatalog.bundled();
        for (Sample sample : bundled.all()) {
            assertThat(sample.title()).as(sample.id()).isNotBlank().isNotEqualTo(sample.fileName().replace(".rs", ""));
            assertThat(sample.description()).as(sample.id()).isNotBlank();
        }
        if (!bundled.isEmpty()) {
            assertThat(bundled.defaultSample()).map(Sample::id).contains(SampleCatalog.INTRODUCTION);
        }
    }

    @Test
    void theBundledSamplesMatchTheSamplesFolder() throws IOException {
        Path source = Path.of(System.getProperty("rxray.samples", "samples"));
        SampleCatalog bundled = SampleCatalog.bundled();
        if (Files.isDirectory(source)) {
            assertThat(bundled.all()).extracting(Sample::id)
                    .containsExactlyElementsOf(SampleCatalog.fromDirectory(source).all().stream().map(Sample::id).toList());
        } else {
            assertThat(bundled.isEmpty()).isTrue();
        }
    }
}
