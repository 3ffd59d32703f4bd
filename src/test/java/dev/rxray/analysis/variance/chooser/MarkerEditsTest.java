package dev.rxray.analysis.variance.chooser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.variance.Variance;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each edit is applied, the result re-analysed: the parameter must then have the marker's variance and no E0392. */
class MarkerEditsTest {

    private static TypesReport analyse(String text) {
        return TypesAnalysis.run(RustSyntax.parse(SourceFile.of("t.rs", text)).crate());
    }

    private static String fix(String text, String type, String marker) {
        TypeReport report = analyse(text).type(type).orElseThrow();
        assertThat(report.variance().errors()).isNotEmpty();
        Optional<TextEdit> edit = MarkerEdits.addField(text, report.declaration(), "_marker", marker);
        assertThat(edit).as(text).isPresent();
        String fixed = edit.get().applyTo(text);
        assertThat(RustSyntax.parse(SourceFile.of("t.rs", fixed)).diagnostics()).as(fixed).isEmpty();
        TypeReport after = analyse(fixed).type(type).orElseThrow();
        assertThat(after.variance().errors()).as(fixed).isEmpty();
        return fixed;
    }

    @Test
    void aBracedStructGetsANewLastFieldAtItsIndent() {
        String text = """
                use std::marker::PhantomData;

                struct Id<T> {
                    raw: u64
                }
                """;
        String fixed = fix(text, "Id", "PhantomData<fn() -> T>");
        assertThat(fixed).contains("    raw: u64,\n    _marker: PhantomData<fn() -> T>,\n}");
        assertThat(analyse(fixed).type("Id").orElseThrow().variance().params().getFirst().variance())
                .isEqualTo(Variance.COVARIANT);
    }

    @Test
    void withoutTheImportTheFullPathIsWritten() {
        String fixed = fix("struct Sink<'a, T> { x: &'a u8, }\nfn main() {}\n", "Sink", "PhantomData<fn(T)>");
        assertThat(fixed).startsWith("struct Sink<'a, T> { x: &'a u8, _marker: std::marker::PhantomData<fn(T)> }");
        assertThat(analyse(fixed).type("Sink").orElseThrow().variance().params().get(1).variance())
                .isEqualTo(Variance.CONTRAVARIANT);
    }

    @Test
    void tupleUnitAndEmptyStructs() {
        assertThat(fix("struct P<T>(u8);\n", "P", "PhantomData<T>"))
                .isEqualTo("struct P<T>(u8, std::marker::PhantomData<T>);\n");
        assertThat(fix("struct U<T>;\n", "U", "PhantomData<*const T>"))
                .isEqualTo("struct U<T> {\n    _marker: std::marker::PhantomData<*const T>,\n};\n".replace("};", "}"));
        assertThat(fix("struct E<'a> {}\n", "E", "PhantomData<&'a ()>"))
                .isEqualTo("struct E<'a> { _marker: std::marker::PhantomData<&'a ()> }\n");
        assertThat(fix("struct W<T> where T: Copy { n: u8 }\n", "W", "PhantomData<T>"))
                .contains("{ n: u8, _marker: std::marker::PhantomData<T> }");
    }

    @Test
    void anEnumGetsNoEdit() {
        String text = "enum K<T> { A, B }\n";
        TypeReport report = analyse(text).type("K").orElseThrow();
        assertThat(MarkerEdits.addField(text, report.declaration(), "_m", "PhantomData<T>")).isEmpty();
    }
}
