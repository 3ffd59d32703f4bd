package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON contract of {@code rxray analyze --json} (schema 1) and the text form. The states, locals and Send
 * verdict expected for {@code CHECKOUT} are what rustc printed for it through {@code src/scripts/record-goldens.sh}.
 */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CHECKOUT = """
            use std::rc::Rc;
            async fn fetch_price(item: &str) -> u32 { item.len() as u32 }
            async fn checkout(item: &str, qty: u32) -> u32 {
                let price = fetch_price(&String::from(item)).await;
                let rc = Rc::new(price);
                fetch_price(item).await;
                *rc * qty
            }
            """;

    @TempDir
    Path dir;

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void jsonFollowsTheContractInItsFieldOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("checkout.rs"), CHECKOUT);

        CliRun run = CliRun.of("analyze", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = JSON.readTree(run.out());
        assertThat(fieldNames(root)).startsWith("schema").contains("diagnostics", "coroutines");
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        JsonNode checkout = root.get("coroutines").get(1);
        assertThat(fieldNames(checkout)).startsWith("kind", "name", "line", "column", "upvars", "states", "send",
                "sendBlockers", "unpin", "assumed");
        assertThat(checkout.get("kind").asText()).isEqualTo("async fn");
        assertThat(checkout.get("name").asText()).isEqualTo("checkout");
        assertThat(checkout.get("line").asInt()).isEqualTo(3);
        assertThat(checkout.get("column").asInt()).isEqualTo(1);
        assertThat(checkout.get("upvars")).extracting(JsonNode::asText).containsExactly("item", "qty");
        JsonNode states = checkout.get("states");
        assertThat(states).extracting(s -> s.get("name").asText())
                .containsExactly("Unresumed", "Suspend0", "Suspend1", "Returned", "Panicked");
        assertThat(fieldNames(states.get(0))).containsExactly("name");
        JsonNode s0 = states.get(1);
        assertThat(fieldNames(s0)).startsWith("name", "await", "locals", "awaitee", "temporaries");
        assertThat(s0.get("await").get("line").asInt()).isEqualTo(4);
        assertThat(s0.get("await").get("column").asInt()).isEqualTo(50);
        assertThat(s0.get("locals")).extracting(JsonNode::asText).containsExactly("item", "qty");
        assertThat(s0.get("awaitee").asText()).isEqualTo("fetch_price(&String::from(item))");
        assertThat(s0.get("awaiteeType").asText()).isEqualTo("{async fn body of fetch_price()}");
        assertThat(s0.get("temporaries")).singleElement().satisfies(t -> {
            assertThat(t.get("type").asText()).isEqualTo("String");
            assertThat(t.get("line").asInt()).isEqualTo(4);
        });
        assertThat(states.get(2).get("locals")).extracting(JsonNode::asText).containsExactly("qty", "rc");
        assertThat(checkout.get("send").asBoolean()).isFalse();
        assertThat(checkout.get("sendBlockers")).singleElement().satisfies(b -> {
            assertThat(b.get("state").asText()).isEqualTo("Suspend1");
            assertThat(b.get("local").asText()).isEqualTo("rc");
            assertThat(b.get("type").asText()).isEqualTo("Rc<u32>");
        });
        assertThat(checkout.get("unpin").asBoolean()).isFalse();
        assertThat(checkout.get("assumed").isArray()).isTrue();
    }

    /**
     * The Sync verdict follows the contract's fields; rustc's answers for this sample are in its
     * {@code .futures.golden}: {@code holds_tally} is Send but not Sync, {@code holds_reference_to_tally} neither.
     */
    @Test
    void anUpvarBlockerHasNoAwaitAndAHeldFutureBlocksWhereItIsHeldAndAwaited() throws Exception {
        java.nio.file.Path sample = java.nio.file.Path.of(System.getProperty("rxray.samples", "samples"), "async",
                "held_futures.rs");
        JsonNode root = JSON.readTree(CliRun.of("analyze", sample.toString(), "--json").out());
        JsonNode block = null;
        JsonNode holder = null;
        for (JsonNode c : root.get("coroutines")) {
            if (c.get("name").asText().equals("async block@14:17")) {
                block = c;
            }
            if (c.get("name").asText().equals("holds_block_with_rc")) {
                holder = c;
            }
        }
        assertThat(block).isNotNull();
        JsonNode upvar = block.get("sendBlockers").get(0);
        assertThat(upvar.get("state").asText()).isEqualTo("Unresumed");
        assertThat(upvar.has("await")).isFalse();
        assertThat(holder).isNotNull();
        assertThat(holder.get("send").asBoolean()).isFalse();
        java.util.List<String> states = new java.util.ArrayList<>();
        holder.get("sendBlockers").forEach(b -> states.add(b.get("state").asText() + " " + b.get("local").asText()));
        assertThat(states).containsExactly("Suspend0 later", "Suspend1 __awaitee");
    }

    @Test
    void jsonAddsSyncWithItsBlockersAfterTheContractFields() throws IOException {
        String property = System.getProperty("rxray.samples");
        Path sample = (property == null || property.isBlank() ? Path.of("samples") : Path.of(property))
                .resolve("phantom/futures_hold_user_types.rs");

        JsonNode root = JSON.readTree(CliRun.of("analyze", sample.toString(), "--json").out());

        JsonNode tally = null;
        JsonNode reference = null;
        for (JsonNode c : root.get("coroutines")) {
            if (c.get("name").asText().equals("holds_tally")) {
                tally = c;
            } else if (c.get("name").asText().equals("holds_reference_to_tally")) {
                reference = c;
            }
        }
        assertThat(tally).isNotNull();
        assertThat(reference).isNotNull();
        List<String> fields = fieldNames(tally);
        assertThat(fields.indexOf("sync")).isGreaterThan(fields.indexOf("assumed"));
        assertThat(tally.get("send").asBoolean()).isTrue();
        assertThat(tally.get("sync").asBoolean()).isFalse();
        assertThat(tally.get("syncBlockers")).singleElement().satisfies(b -> {
            assertThat(b.get("local").asText()).isEqualTo("t");
            assertThat(b.get("type").asText()).isEqualTo("Tally");
            assertThat(b.get("reason").asText()).contains("`count: Cell<u32>`");
        });
        assertThat(reference.get("send").asBoolean()).isFalse();
        assertThat(reference.get("sendBlockers")).singleElement().satisfies(b -> {
            assertThat(b.get("local").asText()).isEqualTo("r");
            assertThat(b.get("type").asText()).isEqualTo("&Tally");
            assertThat(b.get("reason").asText()).contains("`Tally` is not Sync");
        });
        assertThat(reference.get("sync").asBoolean()).isFalse();
    }

    @Test
    void theSameFileGivesByteIdenticalJson() throws IOException {
        Path file = Files.writeString(dir.resolve("checkout.rs"), CHECKOUT);

        assertThat(CliRun.of("analyze", file.toString(), "--json").out())
                .isEqualTo(CliRun.of("analyze", file.toString(), "--json").out());
    }

    @Test
    void syntaxErrorsAreDiagnosticsAndExitOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.rs"), "async fn f() { let x = ; g().await }\n");

        CliRun run = CliRun.of("analyze", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("diagnostics")).isNotEmpty();
        assertThat(fieldNames(root.get("diagnostics").get(0))).containsExactly("severity", "line", "column",
                "message");
        assertThat(root.get("coroutines")).isNotEmpty();
    }

    @Test
    void textFormShowsStatesLocalsAndTheSendVerdict() throws IOException {
        Path file = Files.writeString(dir.resolve("checkout.rs"), CHECKOUT);

        CliRun run = CliRun.of("analyze", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("async fn checkout  (3:1)  {async fn body of checkout()}")
                .contains("Suspend1   await 6:23  fetch_price(item)")
                .contains("local rc: Rc<u32>")
                .contains("Send: no")
                .contains("Unpin: no");
    }

    @Test
    void aMissingFileIsAnUsageOrIoError() {
        CliRun run = CliRun.of("analyze", dir.resolve("missing.rs").toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.out()).isEmpty();
    }
}
