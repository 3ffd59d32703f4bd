package dev.rxray.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.analysis.async.AutoTraits;
import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.TraitVerdict;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The async analysis's Send and Sync on code written for it, asked of rustc on the spot (the futures recorder over
 * a scratch samples folder): held references to the file's types ({@code &T} needs {@code T: Sync}, {@code &mut T}
 * only {@code T: Send}), {@code Arc} and {@code Mutex} around them, a {@code Box} of one, an explicit
 * {@code unsafe impl Send}, a tuple and a generic struct holding a reference, a borrow that ends before the await
 * but keeps its referent saved, and a future of the file held (plain or pinned) across another await.
 * Skipped when rustc or python3 is not on PATH.
 */
class FreshFuturesAgainstRustcTest {

    private static final String SAMPLE = """
            use std::cell::Cell;
            use std::rc::Rc;
            use std::sync::{Arc, Mutex};

            struct Tally {
                count: Cell<u32>,
            }

            struct Counter {
                shared: Rc<u32>,
            }

            struct Holder {
                inner: Rc<u32>,
            }

            unsafe impl Send for Holder {}

            struct Pair<T> {
                a: T,
            }

            async fn tick() {}

            async fn holds_mut_reference_to_tally() -> u32 {
                let mut t = Tally { count: Cell::new(1) };
                let r = &mut t;
                tick().await;
                r.count.get()
            }

            async fn holds_arc_of_tally() -> u32 {
                let a = Arc::new(Tally { count: Cell::new(2) });
                tick().await;
                a.count.get()
            }

            async fn holds_mutex_of_tally() -> u32 {
                let m = Mutex::new(Tally { count: Cell::new(3) });
                tick().await;
                let n = m.lock().unwrap().count.get();
                n
            }

            async fn holds_reference_to_mutex_of_tally() -> u32 {
                let m = Mutex::new(Tally { count: Cell::new(4) });
                let r = &m;
                tick().await;
                let n = r.lock().unwrap().count.get();
                n
            }

            async fn holds_boxed_counter() -> u32 {
                let b: Box<Counter> = Box::new(Counter { shared: Rc::new(5) });
                tick().await;
                *b.shared
            }

            async fn holds_holder() -> u32 {
                let h = Holder { inner: Rc::new(6) };
                tick().await;
                *h.inner
            }

            async fn holds_tuple_with_reference() -> u32 {
                let t = Tally { count: Cell::new(7) };
                let pair: (u32, &Tally) = (1, &t);
                tick().await;
                pair.0 + pair.1.count.get()
            }

            async fn holds_reference_to_vec_of_tally() -> usize {
                let v: Vec<Tally> = Vec::new();
                let r = &v;
                tick().await;
                r.len()
            }

            async fn holds_pair_of_cell() -> u8 {
                let p: Pair<Cell<u8>> = Pair { a: Cell::new(8) };
                tick().await;
                p.a.get()
            }

            async fn holds_pair_of_reference_to_cell() -> u8 {
                let c = Cell::new(9u8);
                let p: Pair<&Cell<u8>> = Pair { a: &c };
                tick().await;
                p.a.get()
            }

            async fn drops_reference_before_await() -> u32 {
                let t = Tally { count: Cell::new(10) };
                {
                    let r = &t;
                    r.count.set(11);
                }
                tick().await;
                1
            }

            async fn holds_reference_to_holder() -> u32 {
                let h = Holder { inner: Rc::new(12) };
                let r = &h;
                tick().await;
                *r.inner
            }

            async fn counts() -> u32 {
                let c = Counter { shared: Rc::new(13) };
                tick().await;
                *c.shared
            }

            async fn holds_future_not_awaited_yet() -> u32 {
                let f = counts();
                tick().await;
                f.await
            }

            async fn holds_pinned_future() -> u32 {
                let f = Box::pin(counts());
                tick().await;
                f.await
            }
            """;

    @Test
    void sendAndSyncOfFreshFuturesAreRustcs(@TempDir Path temp) throws IOException, InterruptedException {
        assumeTrue(ExternalTools.onPath("rustc"), "rustc is not on PATH: the recorder cannot run");
        assumeTrue(ExternalTools.onPath("python3"), "python3 is not on PATH: the recorder cannot run");
        Path samples = temp.resolve("samples");
        Path sample = samples.resolve("phantom/fresh_futures.rs");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, SAMPLE, StandardCharsets.UTF_8);
        Path log = temp.resolve("record.log");
        Process p = new ProcessBuilder("bash",
                GoldenCorpus.projectRoot().resolve("src/scripts/record-goldens.sh").toString(),
                "--samples", samples.toString(), sample.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished && p.exitValue() == 0).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();

        PipelineResult result = Pipeline.run(SourceFile.of(sample.getFileName().toString(), SAMPLE));
        List<String> mismatches = new ArrayList<>();
        int futures = 0;
        for (FuturesGolden.Fact fact : FuturesGolden.read(FuturesGolden.besides(sample)).facts()) {
            if (!fact.future()) {
                continue;
            }
            futures++;
            Optional<CoroutineMachine> machine = result.async().coroutines().stream()
                    .filter(m -> m.rustcName().equals(fact.type())).findFirst();
            assertThat(machine).as(fact.type()).isPresent();
            for (TraitVerdict v : AutoTraits.of(machine.get(), result.async())) {
                String expected = fact.answers().get(AutoTrait.valueOf(v.trait().toUpperCase(Locale.ROOT)));
                String actual = v.holds() ? "yes" : "no";
                if (!v.trait().equals("Unpin") && !actual.equals(expected)) {
                    mismatches.add(fact.type() + " " + v.trait() + "=" + actual + ", rustc " + expected + " "
                            + v.reasons());
                }
            }
        }
        System.out.printf("fresh futures: %d compared with rustc, %d verdicts differ%n", futures, mismatches.size());
        assertThat(futures).as("the recorder found every async fn").isEqualTo(16);
        assertThat(mismatches).isEmpty();
    }
}
