package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.rxray.oracle.ExternalTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code rxray traits FILE TARGET}: Send, Sync and Unpin of a call's future, with reasons. */
class TraitsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SOURCE = """
            use std::rc::Rc;
            struct Parser<'a, T, U> { input: &'a [T], state: U }
            struct Wrapper<T> { inner: T }
            enum Choice<T, U = u8> { Left(T), Right(U) }
            struct Counter { shared: Rc<u8> }
            async fn tick() {}
            async fn holds_counter() -> u8 {
                let c = Counter { shared: Rc::new(1) };
                tick().await;
                *c.shared
            }
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
                .contains("Suspend0").contains("14:12");
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

    private static final String[] BAD_TARGETS = {"Parser<u8>", "Parser<'static, u8, u8, u8>", "Wrapper",
        "Wrapper<u8, u8>", "Choice", "Choice<u8, u8, u8>", "Parser<'static, 'static, u8, u8>", "Counter<u8>",
        "Wat<u8>", "Wrapper<Missing>", "Option<Wrapper<u8, Rc<u8>>>"};

    @ParameterizedTest
    @ValueSource(strings = {"Parser<u8>", "Parser<'static, u8, u8, u8>", "Wrapper", "Wrapper<u8, u8>", "Choice",
        "Choice<u8, u8, u8>", "Parser<'static, 'static, u8, u8>", "Counter<u8>", "Wat<u8>", "Wrapper<Missing>",
        "Option<Wrapper<u8, Rc<u8>>>"})
    void aTypeRustcRejectsIsAnErrorWithItsCodeInJsonAndText(String target) throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        CliRun json = CliRun.of("traits", file.toString(), target);
        CliRun text = CliRun.of("traits", "--text", file.toString(), target);

        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.USAGE_OR_IO);
        JsonNode error = JSON.readTree(json.out()).get("error");
        assertThat(error.get("code").asText()).isIn("E0107", "E0425");
        assertThat(json.err()).contains("error[" + error.get("code").asText() + "]: " + error.get("message").asText());
        assertThat(text.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).isEqualTo(json.err());
    }

    /** Our message for each bad target is the first error rustc gives for it in a {@code let} type. */
    @Test
    void theErrorsAreWordedAsRustcWordsThem() throws Exception {
        Assumptions.assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH");
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);
        StringBuilder probe = new StringBuilder("#![allow(unused)]\n").append(SOURCE).append("fn main() {\n");
        for (String target : BAD_TARGETS) {
            probe.append("    { let _: Option<").append(target).append("> = None; }\n");
        }
        probe.append("}\n");
        Path rs = Files.writeString(dir.resolve("probe.rs"), probe);
        Process rustc = new ProcessBuilder("rustc", "--edition", "2021", "--error-format=short", "--emit=metadata",
                "-o", dir.resolve("probe.rmeta").toString(), rs.toString()).redirectErrorStream(true).start();
        String output = new String(rustc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rustc.waitFor(120, TimeUnit.SECONDS)).isTrue();
        int firstLine = SOURCE.split("\n", -1).length + 2;
        for (int i = 0; i < BAD_TARGETS.length; i++) {
            String prefix = rs + ":" + (firstLine + i) + ":";
            List<String> rustcSays = new ArrayList<>();
            for (String line : output.split("\n")) {
                if (line.startsWith(prefix) && line.contains(": error[")) {
                    rustcSays.add(line.substring(line.indexOf("error[")));
                }
            }
            CliRun run = CliRun.of("traits", file.toString(), BAD_TARGETS[i]);
            JsonNode error = JSON.readTree(run.out()).get("error");
            String ours = "error[" + error.get("code").asText() + "]: " + error.get("message").asText();
            assertThat(rustcSays).as(BAD_TARGETS[i] + "\n" + output).isNotEmpty();
            assertThat(rustcSays.getFirst()).as(BAD_TARGETS[i]).startsWith(ours);
        }
    }

    @Test
    void leavingOutEveryLifetimeIsAcceptedAsRustcInfersThem() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        CliRun run = CliRun.of("traits", file.toString(), "Parser<u8, Rc<u8>>");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("Send").asBoolean()).isFalse();
    }

    @Test
    void aFutureInRustcsNotationInsideATypeTakesItsTraitsFromWhatItHoldsAcrossAwaits() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        JsonNode wrapped = JSON.readTree(CliRun.of("traits", file.toString(),
                "Wrapper<{async fn body of holds_counter()}>").out());
        JsonNode pinned = JSON.readTree(CliRun.of("traits", file.toString(),
                "Pin<Box<{async fn body of plain()}>>").out());

        assertThat(wrapped.get("kind").asText()).isEqualTo("type");
        assertThat(wrapped.get("Send").asBoolean()).isFalse();
        assertThat(wrapped.get("Sync").asBoolean()).isFalse();
        assertThat(wrapped.get("Unpin").asBoolean()).isFalse();
        assertThat(wrapped.get("why").get("Send").asText()).contains("`c` of type Counter");
        assertThat(wrapped.get("why").get("Sync").asText()).contains("field `shared: Rc<u8>`");
        assertThat(pinned.get("Send").asBoolean()).isTrue();
        assertThat(pinned.get("Unpin").asBoolean()).as("Pin<Box<_>> is Unpin whatever it holds").isTrue();
    }

    @Test
    void aFutureTheFileDoesNotHaveIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        CliRun run = CliRun.of("traits", file.toString(), "Wrapper<{async fn body of nope()}>");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("{async fn body of nope()}").contains("{async fn body of holds_counter()}");
    }

    @Test
    void callsAndTypesAnswerInOneLayout() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        JsonNode call = JSON.readTree(CliRun.of("traits", file.toString(), "holds_counter()").out());
        JsonNode type = JSON.readTree(CliRun.of("traits", file.toString(), "Wrapper<Rc<u8>>").out());

        List<String> callKeys = new ArrayList<>();
        call.fieldNames().forEachRemaining(callKeys::add);
        List<String> typeKeys = new ArrayList<>();
        type.fieldNames().forEachRemaining(typeKeys::add);
        assertThat(callKeys).containsExactly("schema", "target", "kind", "type", "coroutine", "Send", "Sync", "Unpin",
                "why", "send", "sync", "unpin");
        assertThat(typeKeys).isEqualTo(callKeys);
        assertThat(call.get("kind").asText()).isEqualTo("future");
        assertThat(call.get("coroutine").asText()).isEqualTo("holds_counter");
        assertThat(call.get("Send").asBoolean()).isEqualTo(call.get("send").get("holds").asBoolean()).isFalse();
        assertThat(call.get("Sync").asBoolean()).as("Counter holds an Rc, which is not Sync").isFalse();
        assertThat(type.get("coroutine").isNull()).isTrue();
        assertThat(type.get("send").get("holds").asBoolean()).isFalse();
        assertThat(type.get("send").get("reasons").get(0).asText()).isEqualTo(type.get("why").get("Send").asText());
    }

    @Test
    void textShowsEachAnswerWithItsReasons() throws IOException {
        Path file = Files.writeString(dir.resolve("t.rs"), SOURCE);

        CliRun run = CliRun.of("traits", "--text", file.toString(), "holds_counter()");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{async fn body of holds_counter()} (holds_counter): Send: no, Sync: no, "
                + "Unpin: no").contains("    Send: `c` of type Counter");
    }
}
