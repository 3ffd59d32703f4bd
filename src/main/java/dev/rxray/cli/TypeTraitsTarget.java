package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.pipeline.PipelineResult;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The type form of {@code rxray traits FILE TARGET}: when TARGET is a type ({@code Foo<Rc<u8>>},
 * {@code Pin<Box<dyn Future<Output = u8>>>}), its Send, Sync and Unpin over the file's types, as
 * {@code {"Send": true, "Sync": false, "Unpin": true, "why": {...}}}. An answer the analysis cannot give (a
 * projection, a type it does not know) is the string {@code "unknown"}.
 */
final class TypeTraitsTarget {

    private TypeTraitsTarget() {
    }

    /** The answers for TARGET read as a type; empty when TARGET is not one type. */
    static Optional<Map<AutoTrait, TraitAnswer>> evaluate(PipelineResult result, String target) {
        return result.types().evaluate(target);
    }

    static void write(JsonGenerator json, Map<AutoTrait, TraitAnswer> answers) throws IOException {
        json.writeStartObject();
        for (AutoTrait t : AutoTrait.values()) {
            switch (answers.get(t)) {
                case TraitAnswer.Yes y -> json.writeBooleanField(t.rustName(), true);
                case TraitAnswer.No n -> json.writeBooleanField(t.rustName(), false);
                case TraitAnswer.If i -> json.writeStringField(t.rustName(), i.text());
                case TraitAnswer.Unknown u -> json.writeStringField(t.rustName(), "unknown");
            }
        }
        json.writeObjectFieldStart("why");
        for (AutoTrait t : AutoTrait.values()) {
            json.writeStringField(t.rustName(), answers.get(t).reason());
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
