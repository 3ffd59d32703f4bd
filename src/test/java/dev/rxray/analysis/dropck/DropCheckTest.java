package dev.rxray.analysis.dropck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drop check on the {@code phantom/drop_check.rs} sample, whose comments record what rustc accepts and refuses
 * (E0597 when an owned {@code T} borrows data dropped first), and on the std constructors.
 */
class DropCheckTest {

    private static List<DropFacts> analyse(String text) {
        return DropCheck.analyse(FileTypes.collect(RustSyntax.parse(SourceFile.of("t.rs", text)).crate()));
    }

    private static DropFacts of(List<DropFacts> all, String name) {
        return all.stream().filter(f -> f.declaration().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDropCheckSampleOwnsWhatRustcChecks() throws IOException {
        String property = System.getProperty("rxray.samples", "samples");
        List<DropFacts> all = analyse(Files.readString(Path.of(property, "phantom", "drop_check.rs"),
                StandardCharsets.UTF_8));
        DropFacts stack = of(all, "Stack");
        assertThat(stack.dropImpl()).isTrue();
        assertThat(stack.owns()).containsExactly("T");
        assertThat(stack.glue()).isInstanceOf(DropGlue.Always.class);
        DropFacts owning = of(all, "OwningSink");
        assertThat(owning.dropImpl()).isFalse();
        assertThat(owning.owns()).containsExactly("T");
        assertThat(owning.reasons().get("T")).contains("PhantomData");
        assertThat(owning.glue().reason()).contains("String");
        DropFacts sink = of(all, "Sink");
        assertThat(sink.owns()).isEmpty();
        assertThat(of(all, "Logger").dropImpl()).isTrue();
    }

    @Test
    void ownershipFollowsTheConstructors() {
        List<DropFacts> all = analyse("""
                use std::marker::PhantomData;
                struct ByValue<T> { t: T }
                struct Boxed<T> { t: Box<T>, v: Vec<T> }
                struct Phantom<T> { p: PhantomData<T> }
                struct FnReturn<T> { p: PhantomData<fn() -> T> }
                struct RawPtr<T> { p: PhantomData<*const T>, q: *mut T }
                struct Borrowed<'a, T> { r: &'a T }
                struct Manual<T> { m: std::mem::ManuallyDrop<T>, n: std::ptr::NonNull<T> }
                struct Nested<T> { inner: Option<ByValue<T>> }
                struct Recursive<T> { next: Option<Box<Recursive<T>>>, t: T }
                """);
        assertThat(all).extracting(f -> f.declaration().name() + "=" + f.owns() + "/" + f.glue().text())
                .containsExactly("ByValue=[T]/if T needs drop", "Boxed=[T]/yes", "Phantom=[T]/no",
                        "FnReturn=[]/no", "RawPtr=[]/no", "Borrowed=[]/no", "Manual=[]/no",
                        "Nested=[T]/if T needs drop", "Recursive=[T]/yes");
    }
}
