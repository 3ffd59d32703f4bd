package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code for} loop's hidden {@code iter}, saved at every await in the loop, has a known type when the file tells
 * the iterable's type, named as rustc names it, so the view does not mark it assumed; otherwise it stays assumed.
 */
class LoopIteratorTypeTest {

    private static final String SOURCE = """
            async fn tick() {}
            async fn run(count: u64, owned: Vec<String>, words: [&'static str; 3], shared: &Vec<u8>, items: impl IntoIterator<Item = u8>) {
                for i in 0..count { tick().await; }
                for i in 1..=count { tick().await; }
                for s in owned { tick().await; }
                for w in words { tick().await; }
                for b in shared.iter() { tick().await; }
                for x in items { tick().await; }
            }
            """;

    private static List<TypeFact> iterators() {
        AsyncReport report = AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("case.rs", SOURCE)));
        CoroutineMachine run = report.byName("run").orElseThrow();
        return run.suspends().stream().map(s -> s.locals().stream().filter(l -> l.name().equals("iter"))
                .findFirst().orElseThrow().type()).toList();
    }

    @Test
    void rangesVecsArraysAndSliceIteratorsAreKnown() {
        assertThat(iterators()).extracting(TypeFact::text).containsExactly(
                "std::ops::Range<u64>",
                "std::ops::RangeInclusive<u64>",
                "std::vec::IntoIter<String>",
                "std::array::IntoIter<&'static str, 3>",
                "std::slice::Iter<'_, u8>",
                "iterator over items");
        assertThat(iterators()).extracting(TypeFact::assumed).containsExactly(false, false, false, false, false, true);
    }

    @Test
    void enumerateCountsInUsizeAndKeepsTheInnerItem() {
        String source = """
                struct Job { bytes: u32 }
                async fn tick() {}
                async fn run(jobs: &[Job]) -> usize {
                    let mut total = 0;
                    for (index, job) in jobs.iter().enumerate() {
                        tick().await;
                        total += index + job.bytes as usize;
                    }
                    total
                }
                """;
        AsyncReport report = AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("case.rs", source)));
        MachineState.Suspend s = report.byName("run").orElseThrow().suspends().getFirst();
        java.util.Map<String, String> types = new java.util.TreeMap<>();
        s.locals().forEach(l -> types.put(l.name(), l.type().text()));
        assertThat(types).containsEntry("iter", "std::iter::Enumerate<std::slice::Iter<'_, Job>>")
                .containsEntry("index", "usize").containsEntry("job", "&Job");
    }

    @Test
    void anOwningIteratorNeedsDropAndARangeDoesNot() {
        assertThat(iterators()).extracting(TypeFact::needsDrop).startsWith(false, false, true);
    }
}
