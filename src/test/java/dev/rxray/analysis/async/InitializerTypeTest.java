package dev.rxray.analysis.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Saved locals whose type the file tells through their initializer: an element or a slice of a {@code Vec},
 * array or {@code String}, a field of the file's struct, a {@code match} whose arms agree, an async block. Each
 * is known, not marked assumed, and a Copy element does not need drop.
 */
class InitializerTypeTest {

    private static final String SOURCE = """
            struct Job { bytes: u32, name: String }
            async fn pause() -> u32 { 1 }
            async fn run(jobs: &[Job], flag: bool) -> usize {
                let word = String::from("shadow");
                let tail = &word[1..];
                let v = vec![1u8, 2];
                let head = &v[..1];
                let first = v[0];
                let job = &jobs[0];
                let name = &job.name;
                let cost = match flag { true => pause().await, false => job.bytes };
                let later = async { 2 };
                pause().await;
                job.bytes as usize + tail.len() + head.len() + first as usize + name.len() + cost as usize
                    + later.await
            }
            """;

    private static TypeFact local(String name) {
        AsyncReport report = AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("case.rs", SOURCE)));
        return report.byName("run").orElseThrow().suspends().get(1).locals().stream()
                .filter(l -> l.name().equals(name)).findFirst().orElseThrow().type();
    }

    @Test
    void slicesAndElementsAreKnown() {
        assertThat(local("tail").text()).isEqualTo("&str");
        assertThat(local("head").text()).isEqualTo("&[u8]");
        assertThat(local("first").text()).isEqualTo("u8");
        assertThat(local("first").needsDrop()).isFalse();
        assertThat(local("job").text()).isEqualTo("&Job");
    }

    @Test
    void awaitingALocalFutureGivesItsAsyncFnsOutput() {
        String source = """
                async fn tick() {}
                async fn count(n: usize) -> usize { n }
                async fn run() -> usize {
                    let pending = count(3);
                    tick().await;
                    let x = pending.await;
                    tick().await;
                    x + 1
                }
                """;
        AsyncReport report = AsyncAnalysis.analyze(RustSyntax.parse(SourceFile.of("case.rs", source)));
        TypeFact x = report.byName("run").orElseThrow().suspends().getLast().locals().stream()
                .filter(l -> l.name().equals("x")).findFirst().orElseThrow().type();
        assertThat(x.text()).isEqualTo("usize");
        assertThat(x.assumed()).isFalse();
    }

    @Test
    void fieldsMatchesAndAsyncBlocksAreKnown() {
        assertThat(local("name").text()).isEqualTo("&String");
        assertThat(local("cost").text()).isEqualTo("u32");
        assertThat(local("later").text()).isEqualTo("{async block@case.rs:12:17: 12:22}");
        assertThat(java.util.List.of(local("tail"), local("head"), local("first"), local("job"), local("name"),
                local("cost"), local("later"))).noneMatch(TypeFact::assumed);
    }
}
