package dev.rxray.ui;

import static dev.rxray.ui.UiTestSupport.onFx;
import static dev.rxray.ui.UiTestSupport.runOnFx;
import static dev.rxray.ui.UiTestSupport.seconds;
import static dev.rxray.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.samples.SampleCatalog;
import dev.rxray.workspace.DocumentOrigin;
import dev.rxray.workspace.RecoveryStore;
import dev.rxray.workspace.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening, saving, failing to save, recovering after a crash, and what the app remembers between runs. */
@ExtendWith(ApplicationExtension.class)
class DocumentSessionTest {
    @TempDir
    Path dir;

    private Path config;
    private SampleCatalog catalog;
    private final UiTestSupport.RecordingDialogs dialogs = new UiTestSupport.RecordingDialogs();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        config = Files.createDirectories(dir.resolve("config"));
        catalog = UiTestSupport.samples(Files.createDirectories(dir.resolve("samples-scratch")));
        window = new MainWindow(stage, config, catalog, FakeAnalysis.services(), dialogs);
        window.start(Optional.empty());
    }

    private MainWindow secondWindow(UiTestSupport.RecordingDialogs answers) {
        MainWindow second = onFx(() -> {
            MainWindow w = new MainWindow(new Stage(), config, catalog, FakeAnalysis.services(), answers);
            w.start(Optional.empty());
            return w;
        });
        UiTestSupport.sleep(300);
        return second;
    }

    @Test
    void savingKeepsTheFilesLineEndingsAndClearsTheModifiedMark() throws IOException {
        Path file = dir.resolve("crlf.rs");
        Files.writeString(file, "fn a() {}\r\nfn b() {}\r\n");
        assertThat(onFx(() -> window.session().requestOpen(file))).isTrue();
        runOnFx(() -> window.editor().area().appendText("fn c() {}\n"));
        assertThat(onFx(stage::getTitle)).isEqualTo("crlf.rs \u2022 \u2014 Rust X-Ray");

        assertThat(onFx(() -> window.session().save())).isTrue();
        assertThat(Files.readString(file)).isEqualTo("fn a() {}\r\nfn b() {}\r\nfn c() {}\r\n");
        assertThat(onFx(stage::getTitle)).isEqualTo("crlf.rs \u2014 Rust X-Ray");
        assertThat(Settings.load(config).recentFiles()).containsExactly(file.toAbsolutePath());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailedSaveSaysWhyInWordsAndLosesNothing() throws IOException {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where a folder should be");
        dialogs.saveTarget = Optional.of(blocker.resolve("out.rs"));
        runOnFx(() -> window.editor().area().appendText("\n// precious edit\n"));
        String text = onFx(() -> window.editor().text());

        assertThat(onFx(() -> window.session().save())).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.getFirst())
                .contains(blocker.resolve("out.rs").toString())
                .contains("nothing was lost")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(onFx(() -> window.editor().text())).isEqualTo(text);
        assertThat(onFx(() -> window.session().modified())).isTrue();
        RecoveryStore store = new RecoveryStore(config);
        waitUntil("the recovery copy is written", seconds(5), () -> store.load().isPresent());
        assertThat(store.load().orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void anUnreadableFileIsReportedAndTheEditorKeepsItsText() {
        String before = onFx(() -> window.editor().text());
        assertThat(onFx(() -> window.session().requestOpen(dir.resolve("missing.rs")))).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("missing.rs").contains("does not exist");
        assertThat(onFx(() -> window.editor().text())).isEqualTo(before);
    }

    @Test
    void unsavedChangesAreOfferedBackAfterACrash() throws IOException {
        Path file = dir.resolve("work.rs");
        Files.writeString(file, "fn main() {}\n");
        runOnFx(() -> window.session().requestOpen(file));
        runOnFx(() -> window.editor().area().appendText("// unsaved\n"));
        runOnFx(() -> window.session().autosave());
        RecoveryStore store = new RecoveryStore(config);
        waitUntil("the recovery copy is written", seconds(5), () -> store.load().isPresent());

        // The first window "crashes" (is never closed); the next start finds the copy.
        UiTestSupport.RecordingDialogs answers = new UiTestSupport.RecordingDialogs();
        answers.restoreAnswer = true;
        MainWindow next = secondWindow(answers);
        waitUntil("the copy is restored", seconds(5), () -> next.editor().text().endsWith("// unsaved\n"));
        assertThat(answers.recoveryOffers).containsExactly("work.rs");
        assertThat(onFx(() -> next.session().origin())).isEqualTo(new DocumentOrigin.OnDisk(file));
        assertThat(onFx(() -> next.session().modified())).isTrue();
        assertThat(onFx(() -> next.editor().text())).isEqualTo("fn main() {}\n// unsaved\n");
        runOnFx(() -> next.editor().area().undo());
        assertThat(onFx(() -> next.editor().text())).as("undo goes back to the saved file").isEqualTo("fn main() {}\n");
    }

    @Test
    void aDiscardedCopyIsRemovedAndACopyEqualToTheFileIsNotOffered() throws IOException {
        Path file = dir.resolve("work.rs");
        Files.writeString(file, "fn main() {}\n");
        runOnFx(() -> window.session().requestOpen(file));
        runOnFx(() -> window.editor().area().appendText("// unsaved\n"));
        runOnFx(() -> window.session().autosave());
        RecoveryStore store = new RecoveryStore(config);
        waitUntil("the recovery copy is written", seconds(5), () -> store.load().isPresent());

        UiTestSupport.RecordingDialogs discard = new UiTestSupport.RecordingDialogs();
        discard.restoreAnswer = false;
        MainWindow next = secondWindow(discard);
        waitUntil("the copy is removed", seconds(5), () -> store.load().isEmpty());
        assertThat(discard.recoveryOffers).containsExactly("work.rs");
        assertThat(onFx(() -> next.editor().text())).isEqualTo("fn main() {}\n");

        Files.writeString(file, "fn main() {}\n// unsaved\n");
        store.save(new dev.rxray.workspace.RecoverySnapshot(new DocumentOrigin.OnDisk(file), "fn main() {}\n// unsaved\n",
                java.time.Instant.now()));
        UiTestSupport.RecordingDialogs third = new UiTestSupport.RecordingDialogs();
        secondWindow(third);
        assertThat(third.recoveryOffers).as("the copy equals the saved file").isEmpty();
    }

    @Test
    void askingBeforeReplacingUnsavedChanges() throws IOException {
        Path other = dir.resolve("other.rs");
        Files.writeString(other, "fn other() {}\n");
        runOnFx(() -> window.editor().area().appendText("// edit\n"));
        String edited = onFx(() -> window.editor().text());

        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        assertThat(onFx(() -> window.session().requestOpen(other))).isFalse();
        assertThat(onFx(() -> window.editor().text())).isEqualTo(edited);

        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;
        assertThat(onFx(() -> window.session().requestOpen(other))).isTrue();
        assertThat(onFx(() -> window.editor().text())).isEqualTo("fn other() {}\n");
    }

    @Test
    void themeWindowBoundsAndLastFileAreRememberedOnClose() throws IOException {
        Path file = dir.resolve("last.rs");
        Files.writeString(file, "fn last() {}\n");
        runOnFx(() -> window.session().requestOpen(file));
        runOnFx(() -> window.applyTheme(Theme.DARK));
        runOnFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        assertThat(onFx(() -> window.closeRequested())).isTrue();

        Settings saved = Settings.load(config);
        assertThat(saved.theme()).contains("dark");
        assertThat(saved.lastFile()).contains(file.toAbsolutePath());
        assertThat(saved.windowBounds()).hasValueSatisfying(b -> {
            assertThat(b.width()).isEqualTo(900);
            assertThat(b.height()).isEqualTo(640);
        });
        MainWindow next = secondWindow(new UiTestSupport.RecordingDialogs());
        assertThat(onFx(() -> next.editor().text())).isEqualTo("fn last() {}\n");
        assertThat(onFx(next::theme)).isEqualTo(Theme.DARK);
        runOnFx(() -> next.applyTheme(Theme.LIGHT));
    }
}
