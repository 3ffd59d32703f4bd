package dev.rxray.ui;

import dev.rxray.samples.SampleCatalog;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Shared pieces of the UI tests: answers to dialogs, waiting on the FX thread, snapshots. */
final class UiTestSupport {
    /** An async fn with a loop, two awaits and an `Rc` held across them: the async tab tests' usual subject. */
    static final String CHECKOUT = """
            use std::rc::Rc;

            async fn fetch(id: u32) -> u32 {
                id * 2
            }

            async fn checkout(items: Vec<u32>) -> u32 {
                let shared = Rc::new(0u32);
                let mut total = 0;
                for item in items {
                    total += fetch(item).await;
                }
                let label = String::from("done");
                let last = fetch(total).await;
                println!("{label} {shared}");
                last
            }

            fn main() {}
            """;

    private UiTestSupport() {
    }

    /** Dialog answers chosen by the test, and a record of every message shown. */
    static final class RecordingDialogs implements Dialogs {
        final List<String> errors = new ArrayList<>();
        final List<String> recoveryOffers = new ArrayList<>();
        UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
        boolean restoreAnswer = true;
        Optional<Path> saveTarget = Optional.empty();
        Optional<Path> openTarget = Optional.empty();

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public UnsavedChoice askUnsaved(String documentName) {
            return unsavedAnswer;
        }

        @Override
        public boolean offerRecovery(String documentName, Instant savedAt) {
            recoveryOffers.add(documentName);
            return restoreAnswer;
        }

        @Override
        public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
            return openTarget;
        }

        @Override
        public Optional<Path> chooseFileToSave(Optional<Path> folder, String suggestedName) {
            return saveTarget;
        }
    }

    /** The bundled samples, or, on a build that has none yet, two written for the test. */
    static SampleCatalog samples(Path scratch) throws IOException {
        SampleCatalog bundled = SampleCatalog.bundled();
        if (!bundled.isEmpty()) {
            return bundled;
        }
        Path root = scratch.resolve("samples");
        Files.createDirectories(root.resolve("async"));
        Files.createDirectories(root.resolve("basics"));
        Files.writeString(root.resolve("async/01_ready.rs"), """
                //! A future that is ready at once
                //! The smallest async fn and the state machine behind it.

                async fn answer() -> u32 {
                    42
                }

                fn main() {
                    let future = answer();
                    drop(future);
                }
                """);
        Files.writeString(root.resolve("basics/structs.rs"), """
                //! Structs
                //! Named, tuple and unit structs.

                struct Point { x: i32, y: i32 }

                fn main() {
                    let p = Point { x: 1, y: 2 };
                    println!("{} {}", p.x, p.y);
                }
                """);
        return SampleCatalog.fromDirectory(root);
    }

    static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static void runOnFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls a condition on the FX thread until it holds; fails the test after the timeout. */
    static void waitUntil(String what, Duration timeout, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            sleep(25);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a PNG of the whole scene under target/snapshots for a person to look at. */
    static Path snapshot(Scene scene, String name) {
        WritableImage image = onFx(() -> scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path file = Path.of("target", "snapshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    /** The app's window on a fresh configuration folder, 1600 by 900, showing the default sample. */
    static MainWindow openWindow(Stage stage, Path scratch) throws IOException {
        Path config = Files.createTempDirectory(scratch, "config");
        MainWindow window = new MainWindow(stage, config, samples(scratch), EditorServices.standard(),
                new RecordingDialogs());
        window.start(Optional.empty());
        stage.setWidth(1600);
        stage.setHeight(900);
        return window;
    }
}
