package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SendBlocker;
import dev.rxray.analysis.async.Temporary;
import dev.rxray.analysis.async.Upvar;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON of {@code analyze --json} (schema {@value JsonFormat#SCHEMA}), written field by field
 * in a fixed order so the same input gives byte-identical output. The fields of the contract in the README come
 * first; fields added later ({@code rustcName}, {@code awaiteeType}, {@code sync}, {@code syncBlockers}, ...)
 * follow them.
 */
final class AsyncJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private AsyncJson() {
    }

    static void analysis(Writer out, String file, PipelineResult result) {
        write(out, json -> {
            json.writeStartObject();
            json.writeNumberField("schema", JsonFormat.SCHEMA);
            json.writeStringField("file", file);
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : result.parse().diagnostics()) {
                json.writeStartObject();
                json.writeStringField("severity", d.severity().label());
                json.writeNumberField("line", d.span().startLine());
                json.writeNumberField("column", d.span().startColumn());
                json.writeStringField("message", d.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("coroutines");
            for (CoroutineMachine m : result.async().coroutines()) {
                coroutine(json, m);
            }
            json.writeEndArray();
            TypesJson.writeField(json, result.types());
            json.writeEndObject();
        });
    }

    private static void coroutine(JsonGenerator json, CoroutineMachine m) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", m.kind().label());
        json.writeStringField("name", m.name());
        json.writeNumberField("line", m.start().line());
        json.writeNumberField("column", m.start().column());
        json.writeArrayFieldStart("upvars");
        for (Upvar u : m.upvars()) {
            json.writeString(u.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("states");
        for (MachineState s : m.states()) {
            state(json, s);
        }
        json.writeEndArray();
        json.writeBooleanField("send", m.send());
        blockers(json, "sendBlockers", m.sendBlockers());
        json.writeBooleanField("unpin", m.unpin());
        json.writeArrayFieldStart("assumed");
        for (String a : m.assumed()) {
            json.writeString(a);
        }
        json.writeEndArray();
        json.writeStringField("rustcName", m.rustcName());
        json.writeArrayFieldStart("upvarTypes");
        for (Upvar u : m.upvars()) {
            json.writeString(u.type().text());
        }
        json.writeEndArray();
        json.writeStringField("unpinReason", m.unpinReason());
        json.writeBooleanField("sync", m.sync());
        blockers(json, "syncBlockers", m.syncBlockers());
        json.writeEndObject();
    }

    private static void blockers(JsonGenerator json, String field, List<SendBlocker> blockers) throws IOException {
        json.writeArrayFieldStart(field);
        for (SendBlocker b : blockers) {
            json.writeStartObject();
            json.writeStringField("state", b.state());
            json.writeStringField("local", b.value());
            json.writeStringField("type", b.type());
            json.writeNumberField("line", b.at().line());
            json.writeNumberField("column", b.at().column());
            if (!b.state().equals("Unresumed")) {
                // An upvar is held in every state, not across one await.
                json.writeObjectFieldStart("await");
                json.writeNumberField("line", b.await().line());
                json.writeNumberField("column", b.await().column());
                json.writeEndObject();
            }
            json.writeStringField("reason", b.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void state(JsonGenerator json, MachineState state) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", state.name());
        if (state instanceof MachineState.Suspend s) {
            json.writeObjectFieldStart("await");
            json.writeNumberField("line", s.await().line());
            json.writeNumberField("column", s.await().column());
            json.writeEndObject();
            json.writeArrayFieldStart("locals");
            for (String name : s.localNames()) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeStringField("awaitee", s.awaitee());
            json.writeArrayFieldStart("temporaries");
            for (Temporary t : s.temporaries()) {
                json.writeStartObject();
                json.writeStringField("type", t.type().text());
                json.writeNumberField("line", t.at().line());
                json.writeNumberField("column", t.at().column());
                json.writeStringField("text", t.text());
                json.writeBooleanField("assumed", t.type().assumed());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("awaiteeType", s.awaiteeType());
            json.writeArrayFieldStart("localDetails");
            for (var l : s.locals()) {
                json.writeStartObject();
                json.writeStringField("name", l.name());
                json.writeNumberField("line", l.declared().line());
                json.writeNumberField("column", l.declared().column());
                json.writeStringField("type", l.type().text());
                json.writeStringField("why", l.reason().text());
                json.writeBooleanField("assumed", l.type().assumed());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static void write(Writer out, Body body) {
        try {
            JsonGenerator json = FACTORY.createGenerator(out);
            json.setPrettyPrinter(JsonFormat.prettyPrinter());
            body.write(json);
            json.close();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
