package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases beyond the samples. Each snippet was compiled by rustc through {@code src/scripts/record-goldens.sh} (with a
 * {@code main} and the executor appended; they do not change the lines above them) and the expectations are what
 * rustc printed: the saved named locals of each Suspend state, sorted.
 */
class SavedLocalsRuleTest {

    private static CoroutineMachine machine(String source, String name) {
        AsyncReport report = AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("case.rs", source)));
        return report.byName(name).orElseThrow(() -> new AssertionError("no coroutine " + name + " in "
                + report.coroutines().stream().map(CoroutineMachine::name).toList()));
    }

    private static List<String> locals(CoroutineMachine m) {
        List<String> lines = new ArrayList<>();
        for (MachineState.Suspend s : m.suspends()) {
            lines.add(s.name() + " " + s.await() + " " + s.localNames());
        }
        return lines;
    }

    @Test
    void whileLetConditionAwaitKeepsTheLoopVariableButTheBodyAwaitDoesNotOnceItIsOverwritten() {
        String source = """
                async fn next(n: u32) -> Option<u32> { if n < 3 { Some(n + 1) } else { None } }
                async fn tick() {}
                async fn run() -> u32 {
                    let mut cur = 0;
                    let label = String::from("x");
                    while let Some(v) = next(cur).await {
                        tick().await;
                        cur = v;
                    }
                    cur + label.len() as u32
                }
                """;
        assertThat(locals(machine(source, "run"))).containsExactly(
                "Suspend0 6:35 [cur, label]",
                "Suspend1 7:16 [label, v]");
    }

    @Test
    void letElseMovesOnlyPartOfTheScrutineeSoItStaysSaved() {
        String source = """
                async fn tick() {}
                async fn run(input: Option<String>) -> usize {
                    let Some(text) = input else { return 0 };
                    tick().await;
                    text.len()
                }
                """;
        CoroutineMachine run = machine(source, "run");
        assertThat(run.upvars()).extracting(Upvar::name).containsExactly("input");
        assertThat(locals(run)).containsExactly("Suspend0 4:12 [input, text]");
    }

    @Test
    void anAssignmentAfterTheAwaitKillsTheOldValue() {
        String source = """
                async fn value() -> u64 { 5 }
                async fn run() -> u64 {
                    let mut x = 1u64;
                    let y = x + 1;
                    x = value().await;
                    x + y
                }
                """;
        assertThat(locals(machine(source, "run"))).containsExactly("Suspend0 5:17 [y]");
    }

    @Test
    void aClosureThatCapturesByReferenceBorrowsTheLocal() {
        String source = """
                async fn tick() {}
                async fn run() -> usize {
                    let words = vec![String::from("a"), String::from("bb")];
                    let limit = 1usize;
                    let count = words.iter().filter(|w| w.len() > limit).count();
                    tick().await;
                    count
                }
                """;
        assertThat(locals(machine(source, "run"))).containsExactly("Suspend0 6:12 [count, limit, words]");
    }

    @Test
    void anAwaitInAnIfConditionIsItsOwnState() {
        String source = """
                async fn ready(n: u8) -> bool { n > 1 }
                async fn tick() {}
                async fn run(n: u8) -> u8 {
                    let name = String::from("n");
                    if ready(n).await {
                        tick().await;
                        return n;
                    }
                    name.len() as u8
                }
                """;
        assertThat(locals(machine(source, "run"))).containsExactly(
                "Suspend0 5:17 [n, name]",
                "Suspend1 6:16 [n, name]");
    }

    @Test
    void patternParametersBecomeNumberedUpvarsAndTheirBindingsLocals() {
        String source = """
                async fn tick() {}
                async fn run((a, b): (u32, u32), _: u8, _unused: String) -> u32 {
                    tick().await;
                    a + b
                }
                """;
        CoroutineMachine run = machine(source, "run");
        assertThat(run.upvars()).extracting(Upvar::name).containsExactly("__arg0", "_", "_unused");
        assertThat(locals(run)).containsExactly("Suspend0 3:12 [_unused, a, b]");
    }

    @Test
    void aLocalBoundInTheLoopBodyIsNotSavedBeforeItIsInitialised() {
        String source = """
                async fn step(n: u32) -> u32 { n }
                async fn run() -> u32 {
                    let mut total = 0;
                    let mut i = 0;
                    loop {
                        i += 1;
                        if i % 2 == 0 {
                            continue;
                        }
                        let got = step(i).await;
                        total += got;
                        if i > 5 {
                            break;
                        }
                    }
                    total
                }
                """;
        assertThat(locals(machine(source, "run"))).containsExactly("Suspend0 10:27 [i, total]");
    }

    @Test
    void aMoveOnEveryBranchFreesTheSlotAMoveOnOneBranchDoesNot() {
        String source = """
                async fn tick() {}
                fn take(v: Vec<u8>) -> usize { v.len() }
                async fn run(flag: bool) -> usize {
                    let data = vec![1u8, 2];
                    let n = if flag { take(data) } else { 0 };
                    tick().await;
                    n
                }
                async fn run_all_paths(flag: bool) -> usize {
                    let data = vec![1u8, 2];
                    let n = if flag { take(data) } else { take(data) + 1 };
                    tick().await;
                    n
                }
                """;
        assertThat(locals(machine(source, "run"))).containsExactly("Suspend0 6:12 [data, n]");
        assertThat(locals(machine(source, "run_all_paths"))).containsExactly("Suspend0 12:12 [n]");
    }

    @Test
    void anArgumentEvaluatedBeforeAnotherAwaitIsATemporaryAcrossIt() {
        String source = """
                async fn add(a: u32, b: u32) -> u32 { a + b }
                async fn one() -> u32 { 1 }
                async fn run() -> u32 {
                    let base = String::from("base");
                    let s = add(one().await, one().await).await;
                    s + base.len() as u32
                }
                """;
        CoroutineMachine run = machine(source, "run");
        assertThat(locals(run)).containsExactly(
                "Suspend0 5:23 [base]",
                "Suspend1 5:36 [base]",
                "Suspend2 5:43 [base]");
        assertThat(run.suspends().get(1).temporaries()).extracting(Temporary::at)
                .containsExactly(new Position(5, 17));
        assertThat(run.suspends().get(1).temporaries().getFirst().type().text()).isEqualTo("u32");
        assertThat(run.suspends().get(2).awaiteeType()).isEqualTo("{async fn body of add()}");
    }
}
