package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.oracle.VarianceGolden;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recursion (self, mutual, through {@code Self}), nesting through the file's own types, E0392, enums, unions,
 * const generics, explicit and negative impls, and instantiation, each answer compared with rustc's recorded on a
 * scratch file at test time. These cases cannot be samples: E0392 and negative impls do not build on stable Rust.
 */
class RecursionErrorsAndImplsTest {

    static final String SOURCE = """
            #![feature(negative_impls)]
            use std::cell::Cell;
            use std::future::Future;
            use std::pin::Pin;
            use std::rc::Rc;
            pub struct Unused<'a, T> { x: u8 }
            pub struct OnlyInBounds<T: Clone> { n: usize }
            pub struct A<T> { b: Option<Box<B<T>>>, v: T }
            pub struct B<T> { a: Option<Box<A<T>>>, c: Cell<u8>, w: Vec<T> }
            pub struct C<T> { d: Option<Box<D<T>>>, cell: Cell<T> }
            pub struct D<T> { c: Vec<C<T>> }
            pub enum E<'a, T> { One(&'a T), Two(fn(T)), Three }
            pub union U<'a, T: Copy> { t: T, r: &'a u8 }
            pub struct K<T, const N: usize, const M: bool> { a: [T; N] }
            pub struct Neg<T> { t: T }
            impl<T> !Sync for Neg<T> {}
            pub struct Pos<T> { p: *const T }
            unsafe impl<T: Send + Sync> Send for Pos<T> {}
            pub struct RcNode { next: Option<Rc<RcNode>>, v: Cell<u32> }
            pub struct Outer<'a, T> { inner: Inner<'a, T>, list: Vec<Outer<'a, T>> }
            pub struct Inner<'a, T> { f: fn(&'a T) }
            pub struct SelfRef<T> { next: Option<Box<Self>>, v: T }
            pub struct PinnedFuture { f: Pin<Box<dyn Future<Output = u8> + Send>> }
            pub struct Holder<'h, T> { h: Outer<'h, T>, n: Neg<T>, p: Pos<T> }
            """;

    private static Path sample;
    private static TypesReport report;

    @BeforeAll
    static void record(@TempDir Path scratch) throws Exception {
        report = TypesAnalysis.run(RustSyntax.parse(SourceFile.of("t.rs", SOURCE)).crate());
        assumeTrue(RustcRecorder.available(), "rustc and python3 are needed to record the expected answers");
        sample = RustcRecorder.record(scratch, "recursion", SOURCE);
    }

    @Test
    void everyTypeAgreesWithRustc() {
        GoldenComparison.Outcome outcome = GoldenComparison.compare(sample, VarianceGolden.besides(sample));
        assertThat(outcome.mismatches()).isEmpty();
        assertThat(outcome.compared()).isGreaterThan(150);
    }

    @Test
    void unusedParametersGetE0392WithFixesWhoseVarianceIsComputed() {
        TypeVariance unused = report.type("Unused").orElseThrow().variance();
        assertThat(unused.errors()).extracting(UnusedParameter::code).containsExactly("E0392", "E0392");
        UnusedParameter t = unused.errors().get(1);
        assertThat(t.fixes()).extracting(PhantomFix::field, PhantomFix::variance).contains(
                org.assertj.core.groups.Tuple.tuple("PhantomData<T>", Variance.COVARIANT),
                org.assertj.core.groups.Tuple.tuple("PhantomData<fn(T)>", Variance.CONTRAVARIANT),
                org.assertj.core.groups.Tuple.tuple("PhantomData<fn(T) -> T>", Variance.INVARIANT));
        assertThat(unused.errors().getFirst().fixes()).extracting(PhantomFix::field)
                .contains("PhantomData<&'a ()>");
    }

    @Test
    void aParameterUsedOnlyRecursivelyIsReportedInRustcsWords(@TempDir Path scratch)
            throws IOException, InterruptedException {
        String source = "pub struct Recur<T> { next: Option<Box<Recur<T>>> }\n";
        TypesReport recur = TypesAnalysis.run(RustSyntax.parse(SourceFile.of("r.rs", source)).crate());
        UnusedParameter error = recur.types().getFirst().variance().errors().getFirst();
        assertThat(error.recursive()).isTrue();
        assumeTrue(RustcRecorder.available(), "rustc is needed to read its message");
        Path file = scratch.resolve("recur.rs");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("rustc", "--edition", "2021", "--crate-type", "lib", "--emit=metadata",
                "-o", scratch.resolve("out.rmeta").toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("error: " + error.message());
    }

    @Test
    void aConcreteTypeIsEvaluatedWithReasons() {
        Map<AutoTrait, TraitAnswer> future = report.evaluate("Pin<Box<dyn Future<Output = u8> + Send>>")
                .orElseThrow();
        TypeReport wrapped = report.type("PinnedFuture").orElseThrow();
        for (AutoTrait trait : AutoTrait.values()) {
            assertThat(future.get(trait).text()).as(trait.rustName())
                    .isEqualTo(wrapped.autoTraits().answer(trait).text());
        }
        Map<AutoTrait, TraitAnswer> holder = report.evaluate("Holder<'static, Rc<u8>>").orElseThrow();
        assertThat(holder.get(AutoTrait.SEND)).isInstanceOf(TraitAnswer.No.class);
        assertThat(holder.get(AutoTrait.SEND).reason()).contains("Rc");
        assertThat(report.evaluate("Holder<")).isEmpty();
    }

    @Test
    void reasonsNameTheFieldAndTheConstructors() {
        TypeVariance c = report.type("C").orElseThrow().variance();
        assertThat(c.params().getFirst().reason()).contains("field `cell: Cell<T>`").contains("`Cell`")
                .contains("invariant");
        List<FieldRow> rows = c.rows();
        assertThat(rows).extracting(r -> r.field().label()).containsExactly("d", "cell");
    }
}
