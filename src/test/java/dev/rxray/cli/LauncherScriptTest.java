package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shell scripts: valid bash, and the launcher's JDK discovery (which needs no build to check). */
class LauncherScriptTest {
    static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    record Result(int exitCode, String out) {
    }

    static Result bash(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rxray", "src/scripts/corpus-parity.sh", "src/scripts/startup-timings.sh"})
    void scriptsAreExecutableValidBash(String script) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path path = PROJECT.resolve(script);

        assertThat(Files.isExecutable(path)).as(script + " is executable").isTrue();
        assertThat(bash(Map.of(), "bash", "-n", path.toString()).exitCode()).isZero();
    }

    @Test
    void launcherFindsAJdk25EvenWhenJavaHomeIsOlder() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        String olderJdk = List.of("/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/java-21-openjdk-amd64").stream()
                .filter(p -> Files.isExecutable(Path.of(p, "bin/java")))
                .findFirst()
                .orElse("/nonexistent");

        Result result = bash(Map.of("RXRAY_PRINT_JAVA", "1", "JAVA_HOME", olderJdk), PROJECT.resolve("rxray").toString());

        assertThat(result.exitCode()).isZero();
        Path java = Path.of(result.out().strip());
        assertThat(java).isExecutable();
        Path release = java.getParent().getParent().resolve("release");
        assertThat(Files.readString(release)).containsPattern("JAVA_VERSION=\"(2[5-9]|[3-9][0-9])");
    }
}
