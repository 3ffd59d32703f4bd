package dev.rxray.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rxray.outline.OutlineItem;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A file whose outline is made by hand, so the shape is tested whatever the outline builder does. */
    static FileOutcome.Analysed handMade() {
        String text = "struct Point<T> { x: T }\nimpl<T> Point<T> {\n    fn get(&self) -> &T { &self.x }\n}\n";
        SourceFile source = SourceFile.of("point.rs", text);
        int implStart = text.indexOf("impl");
        int fnStart = text.indexOf("fn get");
        OutlineItem get = new OutlineItem("fn", "get", "", source.span(fnStart, text.indexOf('}', fnStart) + 1),
                List.of());
        OutlineItem point = new OutlineItem("struct", "Point", "<T>", source.span(0, 24), List.of());
        OutlineItem impl = new OutlineItem("impl", "impl<T> Point<T>", "<T>",
                source.span(implStart, text.length() - 1), List.of(get));
        return new FileOutcome.Analysed("point.rs",
                new PipelineResult(source, RustSyntax.parse(source), List.of(point, impl)));
    }

    static JsonNode render(List<FileOutcome> files) throws IOException {
        StringWriter out = new StringWriter();
        JsonFormat report = JsonFormat.start(out, "outline");
        Tally tally = new Tally();
        for (FileOutcome file : files) {
            tally.add(file);
            report.file(file);
        }
        report.finish(tally);
        return MAPPER.readTree(out.toString());
    }

    @Test
    void documentFieldsComeInTheDocumentedOrder() throws IOException {
        JsonNode doc = render(List.of(handMade(), new Unreadable("gone.rs", "no such file")));

        assertThat(fieldNames(doc)).containsExactly("schema", "command", "files", "summary");
        assertThat(doc.get("schema").asInt()).isEqualTo(1);
        assertThat(doc.get("command").asText()).isEqualTo("outline");
        assertThat(fieldNames(doc.get("files").get(0))).containsExactly("file", "status", "diagnostics", "outline");
        assertThat(fieldNames(doc.get("files").get(1)))
                .containsExactly("file", "status", "reason", "diagnostics", "outline");
        assertThat(fieldNames(doc.get("summary")))
                .containsExactly("files", "clean", "withErrors", "unreadable", "errors", "warnings");
    }

    @Test
    void outlineItemsNestWithPositions() throws IOException {
        JsonNode file = render(List.of(handMade())).get("files").get(0);

        JsonNode outline = file.get("outline");
        assertThat(outline).hasSize(2);
        JsonNode struct = outline.get(0);
        assertThat(fieldNames(struct)).containsExactly("kind", "name", "generics", "line", "column", "endLine",
                "endColumn", "children");
        assertThat(struct.get("kind").asText()).isEqualTo("struct");
        assertThat(struct.get("name").asText()).isEqualTo("Point");
        assertThat(struct.get("generics").asText()).isEqualTo("<T>");
        assertThat(struct.get("line").asInt()).isEqualTo(1);
        assertThat(struct.get("column").asInt()).isEqualTo(1);
        assertThat(struct.get("endColumn").asInt()).isEqualTo(25);
        JsonNode impl = outline.get(1);
        assertThat(impl.get("line").asInt()).isEqualTo(2);
        assertThat(impl.get("endLine").asInt()).isEqualTo(4);
        JsonNode method = impl.get("children").get(0);
        assertThat(method.get("name").asText()).isEqualTo("get");
        assertThat(method.get("line").asInt()).isEqualTo(3);
        assertThat(method.get("column").asInt()).isEqualTo(5);
        assertThat(method.get("children")).isEmpty();
    }

    @Test
    void summaryCountsFilesByStatus() throws IOException {
        JsonNode doc = render(List.of(handMade(), new Unreadable("gone.rs", "no such file")));

        assertThat(doc.get("files").get(0).get("status").asText()).isEqualTo("clean");
        assertThat(doc.get("files").get(1).get("status").asText()).isEqualTo("unreadable");
        assertThat(doc.get("files").get(1).get("reason").asText()).isEqualTo("no such file");
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(2);
        assertThat(summary.get("clean").asInt()).isEqualTo(1);
        assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
    }

    @Test
    void checkJsonReportsDiagnosticsWithAllPositionFields() throws IOException {
        CheckCommandTest.assumeParserReportsErrors();
        Path broken = Files.writeString(dir.resolve("broken.rs"), CheckCommandTest.BROKEN);

        CliRun run = CliRun.of("check", "--json", broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERRORS);
        JsonNode file = MAPPER.readTree(run.out()).get("files").get(0);
        assertThat(file.get("status").asText()).isEqualTo("errors");
        JsonNode diagnostic = file.get("diagnostics").get(0);
        assertThat(fieldNames(diagnostic))
                .containsExactly("severity", "line", "column", "endLine", "endColumn", "message");
        assertThat(diagnostic.get("severity").asText()).isEqualTo("error");
        assertThat(diagnostic.get("line").asInt()).isEqualTo(2);
        assertThat(diagnostic.get("column").asInt()).isPositive();
        assertThat(diagnostic.get("endLine").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(diagnostic.get("message").asText()).isNotBlank();
        assertThat(MAPPER.readTree(run.out()).get("summary").get("withErrors").asInt()).isEqualTo(1);
    }

    @Test
    void sameInputGivesByteIdenticalJson() throws IOException {
        Path file = Files.writeString(dir.resolve("a.rs"), CheckCommandTest.CLEAN);

        CliRun first = CliRun.of("outline", "--json", file.toString());
        CliRun second = CliRun.of("outline", "--json", file.toString());

        assertThat(first.out()).isEqualTo(second.out()).endsWith("}\n");
        assertThat(MAPPER.readTree(first.out()).get("files").get(0).get("file").asText()).isEqualTo(file.toString());
    }

    @Test
    void unreadableFileInJsonModeStillGivesADocumentAndAMessage() throws IOException {
        CliRun run = CliRun.of("check", "--json", dir.resolve("gone.rs").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(MAPPER.readTree(run.out()).get("files").get(0).get("status").asText()).isEqualTo("unreadable");
        assertThat(run.err().lines()).hasSize(1);
    }
}
