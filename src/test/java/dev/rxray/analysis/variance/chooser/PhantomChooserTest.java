package dev.rxray.analysis.variance.chooser;

import dev.rxray.oracle.ExternalTools;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.analysis.variance.Variance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhantomChooserTest {
    private static final TypeParameter T = new TypeParameter("T", ParamKind.TYPE);
    private static final TypeParameter A = new TypeParameter("'a", ParamKind.LIFETIME);

    @TempDir
    Path scratch;

    private static String first(TypeParameter p, Wish wish) {
        List<PhantomCandidate> found = PhantomChooser.choose(p, wish);
        assertThat(found).as("candidates for %s", wish).isNotEmpty();
        return found.getFirst().marker();
    }

    @Test
    void theNomiconRowsComeOutOfTheComputedTable() {
        assertThat(first(T, Wish.variance(Variance.COVARIANT).with(AutoTrait.SEND, TraitDemand.FOLLOWS)
                .withDrop(DropDemand.OWNS))).isEqualTo("PhantomData<T>");
        assertThat(first(T, Wish.variance(Variance.COVARIANT).withDrop(DropDemand.DOES_NOT_OWN)))
                .isEqualTo("PhantomData<fn() -> T>");
        assertThat(first(T, Wish.variance(Variance.CONTRAVARIANT))).isEqualTo("PhantomData<fn(T)>");
        assertThat(first(T, Wish.variance(Variance.INVARIANT).with(AutoTrait.SEND, TraitDemand.ALWAYS)
                .with(AutoTrait.SYNC, TraitDemand.ALWAYS))).isEqualTo("PhantomData<fn(T) -> T>");
        assertThat(first(T, Wish.variance(Variance.INVARIANT).with(AutoTrait.SEND, TraitDemand.NEVER)))
                .isEqualTo("PhantomData<*mut T>");
        assertThat(first(A, Wish.variance(Variance.CONTRAVARIANT))).isEqualTo("PhantomData<fn(&'a ())>");
        assertThat(first(A, Wish.variance(Variance.COVARIANT).with(AutoTrait.SEND, TraitDemand.ALWAYS)
                .with(AutoTrait.SYNC, TraitDemand.NEVER)))
                .isEqualTo("PhantomData<(&'a (), Cell<()>)>");
        assertThat(PhantomChooser.choose(T, Wish.variance(Variance.BIVARIANT))).isEmpty();
        assertThat(PhantomChooser.table(new TypeParameter("N", ParamKind.CONST))).isEmpty();
    }

    @Test
    void candidatesAreWrittenWithTheParameterName() {
        assertThat(PhantomChooser.table(new TypeParameter("Item", ParamKind.TYPE)))
                .extracting(PhantomCandidate::marker).contains("PhantomData<fn(Item)>")
                .noneMatch(m -> m.matches(".*\\bT\\b.*"));
        assertThat(PhantomChooser.table(new TypeParameter("'ctx", ParamKind.LIFETIME)))
                .extracting(PhantomCandidate::marker).contains("PhantomData<&'ctx ()>");
    }

    /** Every candidate's variance and auto traits against the compiler, through the recorder on a temp file. */
    @Test
    void theTableAgreesWithRustc() throws Exception {
        assumeTrue(ExternalTools.onPath("rustc"), "needs rustc");
        List<PhantomCandidate> candidates = new ArrayList<>();
        StringBuilder source = new StringBuilder("#![allow(dead_code)]\nuse std::cell::Cell;\nuse std::rc::Rc;\n"
                + "use std::sync::{Arc, Mutex};\nuse std::marker::{PhantomData, PhantomPinned};\n");
        for (TypeParameter p : List.of(T, A)) {
            for (PhantomCandidate c : PhantomChooser.table(p)) {
                source.append("struct C").append(candidates.size()).append('<').append(p.name())
                        .append("> { marker: ").append(c.marker()).append(" }\n");
                candidates.add(c);
            }
        }
        source.append("fn main() {}\n");
        Path folder = Files.createDirectories(scratch.resolve("phantom"));
        Path file = folder.resolve("markers.rs");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path script = Path.of("src", "scripts", "record-goldens.sh").toAbsolutePath();
        Process process = new ProcessBuilder("bash", script.toString(), "--samples", scratch.toString(),
                file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> variance = new HashMap<>();
        Map<String, String> summary = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("markers.variance.golden"))) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("struct")) {
                variance.put(parts[1], parts[2]);
            } else if (parts.length == 3 && parts[0].equals("summary")) {
                summary.put(parts[1], parts[2]);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            PhantomCandidate c = candidates.get(i);
            String name = "C" + i;
            String param = i < PhantomChooser.table(T).size() ? "T" : "'a";
            assertThat(variance.get(name)).as(c.marker())
                    .isEqualTo("[" + param + ": " + c.variance().symbol() + "]");
            String ours = "Send=" + c.autoTraits().get(AutoTrait.SEND).compact() + " Sync="
                    + c.autoTraits().get(AutoTrait.SYNC).compact() + " Unpin="
                    + c.autoTraits().get(AutoTrait.UNPIN).compact();
            assertThat(summary.get(name)).as(c.marker()).isEqualTo(ours);
        }
    }
}
