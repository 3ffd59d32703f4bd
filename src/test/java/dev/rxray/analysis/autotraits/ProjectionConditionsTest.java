package dev.rxray.analysis.autotraits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.oracle.ExternalTools;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field whose type is a projection ({@code I::Item}, {@code <P as Parse>::Output}) makes the auto trait a
 * condition on the projection, not "unknown". rustdoc states the same conditions in the auto-trait impls it
 * synthesizes ({@code impl<I> Send for Drain<I> where I: Send, <I as Iterator>::Item: Send}); the second test
 * reads them from {@code rustdoc --output-format json} and compares every type and trait.
 */
class ProjectionConditionsTest {

    private static final String SOURCE = """
            use std::future::Future;
            use std::rc::Rc;
            pub trait Parse { type Output; }
            pub struct Drain<I: Iterator> { pub iter: I, pub peeked: Option<I::Item> }
            pub struct Parsed<P: Parse> { pub out: <P as Parse>::Output, pub n: u8 }
            pub struct Pending<F> where F: Future + Clone { pub out: Option<F::Output> }
            pub struct Gathered<I: IntoIterator> { pub items: Vec<<I as IntoIterator>::Item>, pub count: usize }
            pub struct Shared<I: Iterator> { pub first: Rc<I::Item> }
            pub struct Plain<T> { pub value: T }
            """;

    private static TypesReport analyse() {
        return TypesAnalysis.run(RustSyntax.parse(SourceFile.of("p.rs", SOURCE)).crate());
    }

    /** {@code yes}, {@code no}, or the sorted requirements ({@code <I as Iterator>::Item: Send, I: Send}). */
    private static String ours(TraitAnswer answer) {
        return switch (answer) {
            case TraitAnswer.Yes y -> "yes";
            case TraitAnswer.No n -> "no";
            case TraitAnswer.Unknown u -> "unknown";
            case TraitAnswer.If i -> {
                TreeSet<String> parts = new TreeSet<>();
                i.requirements().forEach(r -> r.traits().forEach(t -> parts.add(r.param() + ": " + t.rustName())));
                yield String.join(", ", parts);
            }
        };
    }

    @Test
    void aProjectionFieldIsAConditionOnTheProjection() {
        TypesReport report = analyse();
        TraitAnswer drain = report.type("Drain").orElseThrow().autoTraits().answer(AutoTrait.SEND);
        assertThat(ours(drain)).isEqualTo("<I as Iterator>::Item: Send, I: Send");
        assertThat(drain.reason()).contains("peeked");
        assertThat(ours(report.type("Parsed").orElseThrow().autoTraits().answer(AutoTrait.SYNC)))
                .isEqualTo("<P as Parse>::Output: Sync");
        assertThat(ours(report.type("Pending").orElseThrow().autoTraits().answer(AutoTrait.SEND)))
                .as("F: Future + Clone: only Future can declare Output").isEqualTo("<F as Future>::Output: Send");
    }

    @Test
    void theConditionsAreRustdocsSynthesizedAutoTraitImpls(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(ExternalTools.onPath("rustdoc"), "rustdoc is not on PATH");
        Path source = Files.writeString(dir.resolve("p.rs"), SOURCE, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("rustdoc", "--edition", "2021", "-Z", "unstable-options",
                "--output-format", "json", "--crate-type", "lib", "--crate-name", "p", source.toString(), "-o",
                dir.toString()).redirectErrorStream(true);
        builder.environment().put("RUSTC_BOOTSTRAP", "1");
        Process rustdoc = builder.start();
        String log = new String(rustdoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rustdoc.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rustdoc.exitValue()).as(log).isZero();
        JsonNode index = new ObjectMapper().readTree(dir.resolve("p.json").toFile()).get("index");

        Map<String, String> rustdocSays = new TreeMap<>();
        for (JsonNode item : index) {
            JsonNode impl = item.path("inner").path("impl");
            if (impl.isMissingNode() || !impl.path("is_synthetic").asBoolean()) {
                continue;
            }
            String trait = impl.path("trait").path("path").asText();
            if (AutoTrait.ofRustName(trait).isEmpty()) {
                continue;
            }
            String type = impl.path("for").path("resolved_path").path("path").asText();
            TreeSet<String> parts = new TreeSet<>();
            for (JsonNode predicate : impl.path("generics").path("where_predicates")) {
                JsonNode bound = predicate.path("bound_predicate");
                for (JsonNode b : bound.path("bounds")) {
                    parts.add(typeText(bound.path("type")) + ": " + b.path("trait_bound").path("trait").path("path")
                            .asText());
                }
            }
            rustdocSays.put(type + " " + trait, impl.path("is_negative").asBoolean() ? "no"
                    : parts.isEmpty() ? "yes" : String.join(", ", parts));
        }
        TypesReport report = analyse();
        Map<String, String> weSay = new TreeMap<>();
        for (TypeReport t : report.types()) {
            for (AutoTrait trait : AutoTrait.values()) {
                weSay.put(t.declaration().name() + " " + trait.rustName(), ours(t.autoTraits().answer(trait)));
            }
        }
        assertThat(rustdocSays).as(log).hasSize(weSay.size());
        assertThat(weSay).isEqualTo(rustdocSays);
    }

    /** rustdoc's JSON type, as Rust text: generics and qualified paths are all these types need. */
    private static String typeText(JsonNode type) {
        if (type.has("generic")) {
            return type.get("generic").asText();
        }
        JsonNode q = type.path("qualified_path");
        if (!q.isMissingNode()) {
            return "<" + typeText(q.path("self_type")) + " as " + q.path("trait").path("path").asText() + ">::"
                    + q.path("name").asText();
        }
        return type.toString();
    }
}
