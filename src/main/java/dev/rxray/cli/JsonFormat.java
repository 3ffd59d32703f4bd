package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.rxray.outline.OutlineItem;
import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The machine-readable output of {@code check --json} and {@code outline --json}: schema version {@value #SCHEMA}.
 * Fields are written in a fixed order by a streaming generator, so the same input gives byte-identical output.
 * The schema is documented in the README; any change to a field's meaning or removal bumps {@link #SCHEMA}, while a
 * new field may be added without a bump.
 */
final class JsonFormat {
    static final int SCHEMA = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final Writer out;
    private final JsonGenerator json;

    private JsonFormat(Writer out, JsonGenerator json) {
        this.out = out;
        this.json = json;
    }

    /** The status word of a file: {@code clean}, {@code errors} or {@code unreadable}. */
    static String status(FileOutcome file) {
        return switch (file) {
            case FileOutcome.Analysed analysed -> TextFormat.errorCount(analysed) > 0 ? "errors" : "clean";
            case Unreadable ignored -> "unreadable";
        };
    }

    /** Starts the document; call {@link #file} per file in order, then {@link #finish}. */
    static JsonFormat start(Writer out, String command) {
        try {
            JsonGenerator json = FACTORY.createGenerator(out);
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeNumberField("schema", SCHEMA);
            json.writeStringField("command", command);
            json.writeArrayFieldStart("files");
            return new JsonFormat(out, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file's entry at once, so that a long list of files never piles up in memory. */
    void file(FileOutcome file) {
        try {
            writeFile(json, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void finish(Tally tally) {
        try {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", tally.files());
            json.writeNumberField("clean", tally.clean());
            json.writeNumberField("withErrors", tally.withErrors());
            json.writeNumberField("unreadable", tally.unreadable());
            json.writeNumberField("errors", tally.errors());
            json.writeNumberField("warnings", tally.warnings());
            json.writeEndObject();
            json.writeEndObject();
            json.close();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(JsonGenerator json, FileOutcome file) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file.file());
        json.writeStringField("status", status(file));
        switch (file) {
            case Unreadable unreadable -> {
                json.writeStringField("reason", unreadable.reason());
                json.writeArrayFieldStart("diagnostics");
                json.writeEndArray();
                json.writeArrayFieldStart("outline");
                json.writeEndArray();
            }
            case FileOutcome.Analysed analysed -> {
                json.writeArrayFieldStart("diagnostics");
                for (Diagnostic d : analysed.result().parse().diagnostics()) {
                    writeDiagnostic(json, d);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("outline");
                for (OutlineItem item : analysed.result().outline()) {
                    writeItem(json, item);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }

    private static void writeDiagnostic(JsonGenerator json, Diagnostic d) throws IOException {
        json.writeStartObject();
        json.writeStringField("severity", d.severity().label());
        writePosition(json, d.span());
        json.writeStringField("message", d.message());
        json.writeEndObject();
    }

    private static void writeItem(JsonGenerator json, OutlineItem item) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", item.kind());
        json.writeStringField("name", item.name());
        json.writeStringField("generics", item.generics());
        writePosition(json, item.span());
        json.writeArrayFieldStart("children");
        for (OutlineItem child : item.children()) {
            writeItem(json, child);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePosition(JsonGenerator json, Span span) throws IOException {
        json.writeNumberField("line", span.startLine());
        json.writeNumberField("column", span.startColumn());
        json.writeNumberField("endLine", span.endLine());
        json.writeNumberField("endColumn", span.endColumn());
    }

    /** The one indentation style of every JSON the CLI prints: two spaces, {@code "key": value}. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }
}
