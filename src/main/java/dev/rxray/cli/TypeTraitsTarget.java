package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TargetError;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.facts.FutureTraits;
import dev.rxray.analysis.variance.facts.TargetAnswer;
import dev.rxray.analysis.variance.facts.TargetTraits;
import dev.rxray.pipeline.PipelineResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code rxray traits FILE TARGET} answers, in one shape for both kinds of target: a coroutine's future (a
 * call of an async fn, or a coroutine's name) and a type ({@code Foo<Rc<u8>>}, {@code Pin<Box<dyn Future<Output =
 * u8>>>}, {@code Wrapper<{async fn body of fetch()}>}, where the future's auto traits come from the async
 * analysis: what it holds across its awaits).
 */
final class TypeTraitsTarget {

    /** The answer for one target. */
    sealed interface Outcome {
    }

    record Answered(TargetAnswer answer) implements Outcome {
    }

    /** TARGET is a type with an error rustc would report (E0107, E0425). */
    record Invalid(TargetError error) implements Outcome {
    }

    /** TARGET is neither a coroutine of the file nor one well-formed type. */
    record NotAType() implements Outcome {
    }

    private TypeTraitsTarget() {
    }

    static Outcome ofFuture(CoroutineMachine machine, PipelineResult result) {
        return new Answered(FutureTraits.of(machine, result.async()));
    }

    static Outcome ofType(PipelineResult result, String target) {
        return switch (TargetTraits.ofType(target, result.async(), result.types(), result.parse().crate())) {
            case TargetTraits.Answered a -> new Answered(a.answer());
            case TargetTraits.Invalid i -> new Invalid(i.error());
            case TargetTraits.NotAType n -> new NotAType();
        };
    }

    static String coroutines(PipelineResult result) {
        String known = String.join(", ", result.async().coroutines().stream().map(CoroutineMachine::name).toList());
        return known.isEmpty() ? "none" : known;
    }

    /**
     * The one JSON layout: {@code schema}, {@code target}, {@code kind}, {@code type}, {@code coroutine} (null for a
     * type), {@code Send}/{@code Sync}/{@code Unpin} (true, false, "if T: Send" or "unknown"), {@code why} (one
     * reason per trait), and {@code send}/{@code sync}/{@code unpin} ({@code holds} true, false or null when
     * conditional or unknown; every reason; {@code assumed}).
     */
    static void write(JsonGenerator json, String target, TargetAnswer a) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schema", JsonFormat.SCHEMA);
        json.writeStringField("target", target);
        json.writeStringField("kind", a.kind());
        json.writeStringField("type", a.type());
        if (a.coroutine().isPresent()) {
            json.writeStringField("coroutine", a.coroutine().get());
        } else {
            json.writeNullField("coroutine");
        }
        for (AutoTrait t : AutoTrait.values()) {
            switch (a.answers().get(t)) {
                case TraitAnswer.Yes y -> json.writeBooleanField(t.rustName(), true);
                case TraitAnswer.No n -> json.writeBooleanField(t.rustName(), false);
                case TraitAnswer.If i -> json.writeStringField(t.rustName(), i.text());
                case TraitAnswer.Unknown u -> json.writeStringField(t.rustName(), "unknown");
            }
        }
        json.writeObjectFieldStart("why");
        for (AutoTrait t : AutoTrait.values()) {
            json.writeStringField(t.rustName(), a.answers().get(t).reason());
        }
        json.writeEndObject();
        for (AutoTrait t : AutoTrait.values()) {
            json.writeObjectFieldStart(t.rustName().toLowerCase(java.util.Locale.ROOT));
            switch (a.answers().get(t)) {
                case TraitAnswer.Yes y -> json.writeBooleanField("holds", true);
                case TraitAnswer.No n -> json.writeBooleanField("holds", false);
                default -> json.writeNullField("holds");
            }
            json.writeArrayFieldStart("reasons");
            for (String r : a.reasons().get(t)) {
                json.writeString(r);
            }
            json.writeEndArray();
            json.writeBooleanField("assumed", a.assumed().get(t));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** {@code {"schema": 1, "target": "...", "error": {"code": "E0107", "message": "...", "column": 1}}}. */
    static void writeError(JsonGenerator json, String target, TargetError error) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schema", JsonFormat.SCHEMA);
        json.writeStringField("target", target);
        json.writeObjectFieldStart("error");
        json.writeStringField("code", error.code());
        json.writeStringField("message", error.message());
        json.writeNumberField("column", error.column());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The text form: one line with the three answers, then each trait's reasons, indented. */
    static void text(PrintWriter out, TargetAnswer a) {
        List<String> heads = new ArrayList<>();
        for (AutoTrait t : AutoTrait.values()) {
            heads.add(t.rustName() + ": " + a.answers().get(t).text());
        }
        out.println(a.type() + (a.coroutine().map(c -> " (" + c + ")").orElse("")) + ": " + String.join(", ", heads));
        for (AutoTrait t : AutoTrait.values()) {
            for (String r : a.reasons().get(t)) {
                out.println("    " + t.rustName() + ": " + r);
            }
            if (a.assumed().get(t)) {
                out.println("    " + t.rustName() + ": part of this is assumed (a type the file cannot tell)");
            }
        }
    }
}
