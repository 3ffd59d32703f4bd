package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rxray traits FILE TARGET}: Send, Sync and Unpin of a call's future, with reasons. */
class TraitsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SOURCE = """
            use std::rc::Rc;
            async fn tick() {}
            async fn holds_rc_across() -> usize {
                let rc = Rc::new(1usize);
                tick().await;
                *rc
            }
            async fn plain(n: u32) -> u32 { tick().await; n }
            """;

    @TempDir
    Path dir;

    @Test
    void anRcHeldAcrossAnAwaitIsNotSendNorSyncAndNoFutureIsUnpin() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        CliRun run = CliRun.of("traits", file.toString(), "holds_rc_across()");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        assertThat(root.get("type").asText()).isEqualTo("{async fn body of holds_rc_across()}");
        assertThat(root.get("send").get("holds").asBoolean()).isFalse();
        assertThat(root.get("send").get("reasons").get(0).asText()).contains("`rc`").contains("Rc<usize>")
                .contains("Suspend0").contains("5:12");
        assertThat(root.get("sync").get("holds").asBoolean()).isFalse();
        assertThat(root.get("unpin").get("holds").asBoolean()).isFalse();
        assertThat(root.get("unpin").get("reasons").get(0).asText()).contains("pinned");
    }

    @Test
    void aPlainFutureIsSendAndSyncWithNoReasons() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        JsonNode root = JSON.readTree(CliRun.of("traits", file.toString(), "plain(3)").out());

        assertThat(root.get("send").get("holds").asBoolean()).isTrue();
        assertThat(root.get("send").get("reasons")).isEmpty();
        assertThat(root.get("sync").get("holds").asBoolean()).isTrue();
    }

    @Test
    void anUnknownTargetListsTheCandidates() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        CliRun run = CliRun.of("traits", file.toString(), "nothing()");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("holds_rc_across").contains("plain");
    }
}
