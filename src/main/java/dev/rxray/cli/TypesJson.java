package dev.rxray.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.dropck.DropFacts;
import dev.rxray.analysis.variance.FieldRow;
import dev.rxray.analysis.variance.ParamVariance;
import dev.rxray.analysis.variance.PhantomFix;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.UnusedParameter;
import dev.rxray.analysis.variance.facts.FixImplications;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The {@code "types"} section of {@code analyze --json}: one object per struct, enum and union in source order,
 * parameters in declaration order, variance in rustc's symbols. Written field by field in a fixed order, so the
 * same text gives byte-identical JSON.
 *
 * <pre>
 * {"kind": "struct", "name": "Foo", "line": 3, "variance": {"'a": "+", "T": "o"},
 *  "errors": [{"code": "E0392", "message": "...", "param": "T", "fixes": [{"field": "PhantomData&lt;T&gt;",
 *              "variance": "+", "Send": "if T: Send", "Sync": "if T: Sync", "Unpin": "if T: Unpin",
 *              "ownsForDropCheck": true}]}],
 *  "autoTraits": {"Send": "if T: Send", "Sync": "no", "Unpin": "yes"},
 *  "dropck": {"dropImpl": false, "dropGlue": "if T needs drop", "owns": ["T"]},
 *  "reasons": {"variance": {...}, "fields": [...], "autoTraits": {...}, "dropck": {...}}}
 * </pre>
 */
final class TypesJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private TypesJson() {
    }

    /** A generator with two-space indentation that leaves the writer open. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(JsonFormat.prettyPrinter());
        return json;
    }

    /** Writes {@code "types": [...]} into the object the generator is in. */
    static void writeField(JsonGenerator json, TypesReport report) throws IOException {
        json.writeArrayFieldStart("types");
        for (TypeReport type : report.types()) {
            write(json, type);
        }
        json.writeEndArray();
    }

    private static void write(JsonGenerator json, TypeReport type) throws IOException {
        TypeDeclaration d = type.declaration();
        json.writeStartObject();
        json.writeStringField("kind", d.kind().keyword());
        json.writeStringField("name", d.name());
        json.writeNumberField("line", d.line());
        json.writeObjectFieldStart("variance");
        for (ParamVariance p : type.variance().params()) {
            json.writeStringField(p.param().name(), p.variance().symbol());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("errors");
        for (UnusedParameter e : type.variance().errors()) {
            json.writeStartObject();
            json.writeStringField("code", e.code());
            json.writeStringField("message", e.message());
            json.writeStringField("param", e.param());
            json.writeArrayFieldStart("fixes");
            for (PhantomFix f : e.fixes()) {
                FixImplications implied = FixImplications.of(e, f);
                json.writeStartObject();
                json.writeStringField("field", f.field());
                json.writeStringField("variance", f.variance().symbol());
                for (AutoTrait t : AutoTrait.values()) {
                    json.writeStringField(t.rustName(), implied.autoTraits().get(t).text());
                }
                json.writeBooleanField("ownsForDropCheck", implied.ownsForDropCheck());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("autoTraits");
        for (AutoTrait t : AutoTrait.values()) {
            json.writeStringField(t.rustName(), type.autoTraits().answer(t).text());
        }
        json.writeEndObject();
        DropFacts drop = type.drop();
        json.writeObjectFieldStart("dropck");
        json.writeBooleanField("dropImpl", drop.dropImpl());
        json.writeStringField("dropGlue", drop.glue().text());
        json.writeArrayFieldStart("owns");
        for (String p : drop.owns()) {
            json.writeString(p);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("usedAtDrop");
        for (String p : drop.usedAtDrop()) {
            json.writeString(p);
        }
        json.writeEndArray();
        json.writeEndObject();
        reasons(json, type);
        json.writeEndObject();
    }

    private static void reasons(JsonGenerator json, TypeReport type) throws IOException {
        json.writeObjectFieldStart("reasons");
        json.writeObjectFieldStart("variance");
        for (ParamVariance p : type.variance().params()) {
            json.writeStringField(p.param().name(), p.reason());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("fields");
        for (FieldRow row : type.variance().rows()) {
            json.writeStartObject();
            json.writeStringField("field", row.field().label());
            json.writeStringField("type", row.field().text());
            json.writeNumberField("line", row.field().line());
            json.writeObjectFieldStart("cells");
            for (int i = 0; i < row.cells().size(); i++) {
                json.writeStringField(type.variance().params().get(i).param().name(), row.cells().get(i).symbol());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("why");
            for (int i = 0; i < row.cells().size(); i++) {
                if (!row.uses().get(i).isEmpty()) {
                    json.writeStringField(type.variance().params().get(i).param().name(),
                            row.field().label() + " " + row.uses().get(i).getFirst().route());
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("autoTraits");
        for (AutoTrait t : AutoTrait.values()) {
            json.writeStringField(t.rustName(), type.autoTraits().answer(t).reason());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("dropck");
        json.writeStringField("dropGlue", type.drop().glue().reason());
        for (Map.Entry<String, String> e : type.drop().reasons().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(orderOf(type.declaration()))).toList()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static java.util.Comparator<String> orderOf(TypeDeclaration d) {
        return java.util.Comparator.comparingInt(d::indexOf);
    }
}
