package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.oracle.VarianceGolden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E0392 and its uncoded sibling "type parameter `T` is only used recursively", recorded by the golden recorder on a
 * scratch file (these types do not build, so they cannot be samples) and compared exactly: the messages, their
 * codes, and that a lifetime used only recursively is "never used" (E0392) while a type parameter is "only used
 * recursively" (no code).
 */
class UnusedParametersRecordedTest {

    private static final String SOURCE = """
            use std::marker::PhantomData;
            pub struct Tagged<T: Clone> { id: u64 }
            pub struct Handle<'a> { raw: usize }
            pub struct List<T> { next: Option<Box<List<T>>> }
            pub enum Chain<'a, T> { End, Link(Box<Chain<'a, T>>) }
            pub struct Even<T> { odd: Option<Box<Odd<T>>> }
            pub struct Odd<T> { even: Option<Box<Even<T>>> }
            pub struct OnlyInWhere<T> where T: Copy { n: u8 }
            pub struct FixedList<T> { next: Option<Box<FixedList<T>>>, _items: PhantomData<T> }
            """;

    @Test
    void everyErrorAndVarianceAgreesWithRustc(@TempDir Path scratch) throws Exception {
        assumeTrue(RustcRecorder.available(), "rustc and python3 are needed to record the expected answers");
        Path sample = RustcRecorder.record(scratch, "unused_and_recursive", SOURCE);
        VarianceGolden golden = VarianceGolden.read(VarianceGolden.besides(sample));
        assertThat(golden.type("List").orElseThrow().errors()).extracting(e -> e.code() + "|" + e.message())
                .containsExactly("|type parameter `T` is only used recursively");
        assertThat(golden.type("Chain").orElseThrow().errors()).extracting(e -> e.code() + "|" + e.message())
                .containsExactly("E0392|lifetime parameter `'a` is never used",
                        "|type parameter `T` is only used recursively");

        GoldenComparison.Outcome outcome = GoldenComparison.compare(sample, VarianceGolden.besides(sample));
        assertThat(outcome.mismatches()).isEmpty();
        assertThat(outcome.compared()).isGreaterThan(20);
    }
}
