package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.ui.DisplayUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, completion and the app command's refusals: what needs no parser at all. */
class CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"check", "outline", "analyze", "traits", "export", "app", "bench", "completion"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Usage: rxray " + command);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("check", "outline", "app", "bench", "completion", "Exit codes:");
    }

    @Test
    void noCommandShowsUsageAsAnError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("Usage: rxray");
    }

    @Test
    void unknownCommandIsAOneLineUsageError() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void versionComesFromTheVersionResource() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).matches("rxray \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
        assertThat(run.out()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void completionScriptCoversTheCommands() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("complete -F").contains("check").contains("--json").contains("--iterations");
    }

    @Test
    void aFailedStartIsOneLineAndKeepsTheAppsOwnSentence() {
        RuntimeException wrapped = new RuntimeException("Application launch failed",
                new IllegalStateException("Unable to load glass\nnative details"));
        RuntimeException explained = new DisplayUnavailableException("rxray app: cannot open the display (:99)");

        assertThat(AppCommand.startFailure(wrapped))
                .isEqualTo("rxray: the app could not start: Unable to load glass. The command line works: rxray check FILE");
        assertThat(AppCommand.startFailure(explained)).isEqualTo("rxray app: cannot open the display (:99)");
    }

    @Test
    void appRefusesAMissingFileBeforeTryingToOpenAWindow() {
        CliRun run = CliRun.of("app", dir.resolve("nope.rs").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).isEqualTo("rxray: cannot read " + dir.resolve("nope.rs") + ": no such file\n");
    }

    @Test
    void appRefusesADirectory() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));

        CliRun run = CliRun.of("app", sub.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).endsWith("is a directory\n");
    }
}
