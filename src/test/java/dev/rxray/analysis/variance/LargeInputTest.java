package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Large and deep inputs end quickly with an answer: long chains of types, big cycles, deeply nested types. */
class LargeInputTest {

    private static TypesReport analyse(String text) {
        return TypesAnalysis.run(RustSyntax.parse(SourceFile.of("big.rs", text)).crate());
    }

    @Test
    void aLongChainOfTypesPropagatesToTheFirstInOnePass() {
        int n = 3000;
        String text = IntStream.range(0, n).mapToObj(i -> "struct S" + i + "<T> { f: S" + (i + 1) + "<T> }")
                .collect(Collectors.joining("\n")) + "\nstruct S" + n + "<T> { c: std::cell::Cell<T> }\n";
        long start = System.nanoTime();
        TypesReport report = analyse(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(report.types()).hasSize(n + 1);
        assertThat(report.types().getFirst().variance().rustcNotation()).isEqualTo("[T: o]");
        assertThat(report.types().getFirst().autoTraits().answer(AutoTrait.SYNC).text()).isEqualTo("no");
        assertThat(report.types().getFirst().drop().owns()).containsExactly("T");
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aLargeCycleReachesItsFixedPoint() {
        int n = 500;
        String text = IntStream.range(0, n).mapToObj(i -> "struct S" + i + "<T> { f: Option<Box<S" + ((i + 1) % n)
                + "<T>>>, g: fn(S" + ((i * 7 + 3) % n) + "<T>) }").collect(Collectors.joining("\n")) + "\n";
        TypesReport report = analyse(text);
        assertThat(report.types()).allSatisfy(t -> assertThat(t.variance().rustcNotation()).isEqualTo("[T: *]"));
        assertThat(report.types().getFirst().variance().errors().getFirst().recursive()).isTrue();
    }

    @Test
    void deeplyNestedTypesAndBrokenTextGiveAnAnswer() {
        String deep = "struct Deep<'a, T> { f: " + "Box<".repeat(250) + "&'a mut T" + ">".repeat(250) + " }\n";
        assertThat(analyse(deep).types().getFirst().variance().rustcNotation()).isEqualTo("['a: +, T: o]");
        assertThatCode(() -> analyse("struct X<T> { a: Vec<T, b: fn(-> , } enum { union U<")).doesNotThrowAnyException();
        assertThatCode(() -> analyse("struct X<T> { a: <T as>::, b: dyn + 'x, c: [T; N], d: impl }"))
                .doesNotThrowAnyException();
    }
}
