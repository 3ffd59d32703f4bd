package dev.rxray.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorder on code written for it, in a scratch samples folder: the rustc behaviours the goldens must capture
 * (an await in {@code if false} is a state, one after {@code return} is not, a borrowed local stays saved after it
 * is dropped, shadowed locals are separate), and the corners of the recorder itself (shadowed names of different
 * sizes, pattern parameters, a union whose bound rejects the bare probes, a type inside a module).
 */
class RecorderOnFreshCodeTest {

    private static final String EXECUTOR = """
            fn block_on<F: Future>(future: F) -> F::Output {
                let mut future = std::pin::pin!(future);
                let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
                loop {
                    if let std::task::Poll::Ready(o) = future.as_mut().poll(&mut cx) {
                        return o;
                    }
                }
            }
            """;

    private static final String ASYNC_SAMPLE = """
            use std::future::Future;
            async fn leaf(x: u32) -> u32 { x }
            #[allow(unreachable_code)]
            async fn corners(flag: bool) -> u32 {
                if false { leaf(0).await; }
                let v = vec![1u32];
                let r = &v;
                drop(v);
                if flag { return leaf(1).await; }
                let text = String::from("a");
                let text = text.as_str();
                let n = leaf(2).await;
                return n + text.len() as u32;
                leaf(3).await
            }
            async fn pattern((x, y): (u32, u32), _: u8) -> u32 { leaf(x).await + y }
            fn main() { block_on(corners(true)); block_on(pattern((1, 2), 0)); }
            """ + EXECUTOR;

    private static final String VARIANCE_SAMPLE = """
            use std::marker::PhantomData;
            struct Shared<'a, T> { r: &'a T }
            union Bits<T: Copy> { t: T, raw: u8 }
            struct Sink<T> { f: fn(T) }
            mod inner {
                pub struct Hidden<T>(pub T);
            }
            struct Pinned { _p: std::marker::PhantomPinned, _q: PhantomData<*const u8> }
            struct Unused<'a, T> { x: u8 }
            """;

    private static Path samples;
    private static String log = "";

    @BeforeAll
    static void record(@TempDir Path temp) throws IOException, InterruptedException {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH: the recorder cannot run");
        assumeTrue(ExternalTools.onPath("python3"), "python3 is not on PATH: the recorder cannot run");
        samples = temp.resolve("samples");
        Files.createDirectories(samples.resolve("async"));
        Files.createDirectories(samples.resolve("variance"));
        Files.writeString(samples.resolve("async/corners.rs"), ASYNC_SAMPLE, StandardCharsets.UTF_8);
        Files.writeString(samples.resolve("variance/corners.rs"), VARIANCE_SAMPLE, StandardCharsets.UTF_8);
        Path out = temp.resolve("record.log");
        Process p = new ProcessBuilder("bash",
                GoldenCorpus.projectRoot().resolve("src/scripts/record-goldens.sh").toString(),
                "--samples", samples.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        log = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(finished && p.exitValue() == 0).as(log).isTrue();
    }

    @Test
    void anAwaitInIfFalseIsAStateAndOneAfterReturnIsNot() {
        Coroutine corners = async().coroutine("{async fn body of corners()}").orElseThrow();
        assertThat(corners.suspends()).extracting(s -> s.await().line()).containsExactly(5, 9, 12);
    }

    @Test
    void aBorrowedLocalStaysSavedAfterItIsDroppedAndShadowedLocalsAreSeparate() {
        Coroutine corners = async().coroutine("{async fn body of corners()}").orElseThrow();
        assertThat(corners.suspends().get(1).namedLocals()).contains("v");
        State.Suspend last = corners.suspends().get(2);
        assertThat(last.namedLocals()).containsSubsequence("text", "text");
        assertThat(last.saved().stream().filter(l -> l.name().equals("text")))
                .as("a String and a &str of one name: rustc's outputs do not say which size is whose")
                .allSatisfy(l -> assertThat(l.knownSize()).isEmpty())
                .extracting(l -> l.span().orElseThrow().start().line()).containsExactly(10, 11);
    }

    @Test
    void patternParametersAreNumberedAndUnderscoreStays() {
        Coroutine pattern = async().coroutine("{async fn body of pattern()}").orElseThrow();
        assertThat(pattern.upvars()).extracting(Upvar::name).containsExactly("__arg0", "_");
        assertThat(pattern.suspends().getFirst().namedLocals()).containsExactly("y");
    }

    @Test
    void varianceAndAutoTraitsOfFreshTypes() {
        VarianceGolden golden = VarianceGolden.read(samples.resolve("variance/corners.variance.golden"));
        assertThat(golden.types()).extracting(TypeFacts::name)
                .containsExactly("Shared", "Bits", "Sink", "Hidden", "Pinned", "Unused");
        TypeFacts shared = golden.type("Shared").orElseThrow();
        assertThat(shared.condition(AutoTrait.SEND)).isEqualTo(new Condition.When(
                List.of(new Condition.Requirement("T", List.of(AutoTrait.SYNC)))));
        TypeFacts bits = golden.type("Bits").orElseThrow();
        assertThat(bits.probes()).anySatisfy(p -> assertThat(p).isInstanceOf(AutoTraitProbe.IllFormed.class));
        assertThat(bits.condition(AutoTrait.SYNC)).as("read from the PhantomData-wrapped probes").isEqualTo(
                new Condition.When(List.of(new Condition.Requirement("T", List.of(AutoTrait.SYNC)))));
        assertThat(golden.type("Sink").orElseThrow().variance())
                .containsExactly(new ParamVariance("T", Variance.CONTRAVARIANT));
        TypeFacts hidden = golden.type("Hidden").orElseThrow();
        assertThat(hidden.probes()).isEmpty();
        assertThat(hidden.condition(AutoTrait.SEND)).isEqualTo(new Condition.Unknown());
        TypeFacts pinned = golden.type("Pinned").orElseThrow();
        assertThat(pinned.condition(AutoTrait.UNPIN)).isEqualTo(new Condition.Never());
        assertThat(pinned.condition(AutoTrait.SEND)).isEqualTo(new Condition.Never());
        TypeFacts unused = golden.type("Unused").orElseThrow();
        assertThat(unused.variance()).extracting(ParamVariance::variance)
                .containsExactly(Variance.BIVARIANT, Variance.BIVARIANT);
        assertThat(unused.errors()).extracting(TypeError::code).containsExactly("E0392", "E0392");
        assertThat(shared.errors()).isEmpty();
    }

    private static AsyncGolden async() {
        return AsyncGolden.read(samples.resolve("async/corners.async.golden"));
    }
}
