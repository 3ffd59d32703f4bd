package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * How a captured place is told to the reader: the place as Rust text and what the block does with it. The upvar
 * names themselves are rustc's, checked by {@code CapturesAgainstRustcTest} and the samples' goldens.
 */
class CaptureOriginTest {

    private static final String SOURCE = """
            struct Order { id: u32, note: String, lines: Vec<String> }
            async fn tick() {}
            fn run(mut order: Order, shared: &Order, boxed: Box<Order>) {
                let moved = async move { tick().await; order.note.len() + order.id as usize };
                let read = async { tick().await; shared.note.len() + boxed.note.len() };
                let mut other = Order { id: 1, note: String::new(), lines: Vec::new() };
                let written = async { tick().await; other.lines.push(String::new()) };
            }
            """;

    private static CoroutineMachine blockAt(int line) {
        AsyncReport report = AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("case.rs", SOURCE)));
        return report.coroutines().stream().filter(m -> m.start().line() == line).findFirst().orElseThrow();
    }

    @Test
    void aMoveBlockMovesOrCopiesEachFieldIn() {
        assertThat(blockAt(4).upvars()).extracting(Upvar::name, Upvar::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("order__id", "copies `order.id` in"),
                org.assertj.core.groups.Tuple.tuple("order__note", "moves `order.note` in"));
    }

    @Test
    void borrowsThroughAReferenceStopAtItsDerefAndThroughABoxKeepTheField() {
        assertThat(blockAt(5).upvars()).extracting(Upvar::name, Upvar::origin).containsExactly(
                org.assertj.core.groups.Tuple.tuple("_ref__shared", "borrows `*shared`"),
                org.assertj.core.groups.Tuple.tuple("_ref__boxed__note", "borrows `(*boxed).note`"));
    }

    @Test
    void aWriteBorrowsTheFieldMutablyAndTheTypeSaysSo() {
        Upvar upvar = blockAt(7).upvars().getFirst();
        assertThat(upvar.origin()).isEqualTo("borrows `other.lines` mutably");
        assertThat(upvar.type().text()).isEqualTo("&mut Vec<String>");
    }
}
