package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, kinds, totality and determinism of the analysis, and a long chain of awaits. */
class AsyncAnalysisTest {

    private static AsyncReport analyze(String source) {
        return AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("names.rs", source)));
    }

    @Test
    void namesFollowRustcAndTheJsonContract() {
        AsyncReport report = analyze("""
                trait Storage { async fn read(&self) -> u8; async fn twice(&self) -> u8 { self.read().await * 2 } }
                struct MemStore;
                impl Storage for MemStore { async fn read(&self) -> u8 { 1 } }
                struct Account;
                impl Account { async fn close(self) {} }
                async fn checkout() {}
                fn main() {
                    let b = async { checkout().await };
                    let m = async move { 1 };
                    let c = async |x: u8| x;
                }
                """);
        assertThat(report.coroutines()).extracting(CoroutineMachine::name).containsExactly(
                "Storage::twice", "<MemStore as Storage>::read", "Account::close", "checkout",
                "async block@8:13", "async block@9:13", "async closure@10:13");
        assertThat(report.coroutines()).extracting(CoroutineMachine::rustcName).containsExactly(
                "{async fn body of Storage::twice()}", "{async fn body of <MemStore as Storage>::read()}",
                "{async fn body of Account::close()}", "{async fn body of checkout()}",
                "{async block@names.rs:8:13: 8:18}", "{async block@names.rs:9:13: 9:23}",
                "{async closure body@names.rs:10:27: 10:28}");
        assertThat(report.coroutines()).extracting(c -> c.kind().label()).containsExactly(
                "async fn", "async fn", "async fn", "async fn", "async block", "async block", "async closure");
        assertThat(report.coroutines()).allSatisfy(c -> {
            assertThat(c.unpin()).isFalse();
            assertThat(c.unpinReason()).contains("self-referential");
        });
        assertThat(report.byName("Storage::twice").orElseThrow().suspends().getFirst().awaitee())
                .isEqualTo("self.read()");
    }

    @Test
    void rcAcrossAnAwaitMakesTheFutureNotSendAndNamesTheLocal() {
        CoroutineMachine m = analyze("""
                use std::rc::Rc;
                async fn tick() {}
                async fn holds_rc_across() -> usize {
                    let rc = Rc::new(5usize);
                    tick().await;
                    *rc
                }
                async fn outer() { holds_rc_across().await; }
                """).byName("holds_rc_across").orElseThrow();
        assertThat(m.send()).isFalse();
        assertThat(m.sendBlockers()).singleElement().satisfies(b -> {
            assertThat(b.state()).isEqualTo("Suspend0");
            assertThat(b.value()).isEqualTo("rc");
            assertThat(b.type()).isEqualTo("Rc<usize>");
            assertThat(b.await()).isEqualTo(new Position(5, 12));
        });
        assertThat(AutoTraits.of(m, AsyncReport.empty())).extracting(TraitVerdict::trait, TraitVerdict::holds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Send", false),
                        org.assertj.core.groups.Tuple.tuple("Sync", false),
                        org.assertj.core.groups.Tuple.tuple("Unpin", false));
    }

    @Test
    void awaitingANonSendFutureOfTheFileIsNotSendEither() {
        AsyncReport report = analyze("""
                use std::rc::Rc;
                async fn tick() {}
                async fn inner() { let rc = Rc::new(1); tick().await; drop(rc); }
                async fn outer() { inner().await; }
                """);
        CoroutineMachine outer = report.byName("outer").orElseThrow();
        assertThat(outer.send()).isFalse();
        assertThat(outer.sendBlockers()).singleElement()
                .satisfies(b -> assertThat(b.type()).isEqualTo("{async fn body of inner()}"));
    }

    @Test
    void unknownTypesAreAssumedAndSaid() {
        CoroutineMachine m = analyze("""
                async fn tick() {}
                async fn run() { let thing = other_crate::make(); tick().await; }
                """).byName("run").orElseThrow();
        assertThat(m.suspends().getFirst().localNames()).containsExactly("thing");
        assertThat(m.assumed()).singleElement().asString().contains("`thing`").contains("assumed to need drop");
    }

    @Test
    void twoHundredAwaitsMakeTwoHundredStatesInOrder() {
        StringBuilder source = new StringBuilder("async fn step(n: u32) -> u32 { n }\nasync fn long() -> u32 {\n"
                + "    let mut total = 0;\n");
        for (int i = 0; i < 200; i++) {
            source.append("    total += step(").append(i).append(").await;\n");
        }
        source.append("    total\n}\n");
        CoroutineMachine m = analyze(source.toString()).byName("long").orElseThrow();
        assertThat(m.suspends()).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(m.suspends().get(i).await()).isEqualTo(new Position(4 + i, 21 + String.valueOf(i).length()));
            assertThat(m.suspends().get(i).localNames()).containsExactly("total");
        }
    }

    @Test
    void badInputGivesAReportAndNeverThrows() {
        List<String> inputs = List.of("", "async", "async fn", "async fn f( { .await", "fn main() { async { x.await",
                "async fn f() { let = ; match { } for in {} while let = {} }", "}}}}{{{{", "async fn f() -> {",
                "async fn a() { b().await } async fn b() { a().await }", "async fn f() { loop { break; } .await }");
        for (String input : inputs) {
            assertThatCode(() -> analyze(input)).as(input).doesNotThrowAnyException();
        }
        assertThat(analyze("async fn a() { b().await } async fn b() { a().await }").coroutines()).hasSize(2);
    }

    @Test
    void theSameSourceGivesTheSameReport() {
        String source = """
                async fn tick() {}
                async fn run(v: Vec<String>) -> usize { for s in &v { tick().await; } v.len() }
                """;
        assertThat(analyze(source)).isEqualTo(analyze(source));
    }
}
