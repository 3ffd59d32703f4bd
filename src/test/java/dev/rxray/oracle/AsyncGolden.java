package dev.rxray.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * rustc's async state machines for one sample ({@code samples/async/NAME.async.golden}).
 *
 * <pre>
 * coroutine {async fn body of report()} body=27:34-31:2 size=72 align=8
 *   upvar id size=4
 *   send yes                      (or: send no await=15:12 value=13:9-13:15 type=Rc&lt;Vec&lt;i32&gt;&gt;)
 *   unpin no
 *   state Unresumed
 *   state Suspend0 await=28:30
 *     local __awaitee size=8 at=28:16-28:35 type={async fn body of load_user()}
 *   state Suspend1 await=29:35
 *     local user size=32 at=28:9-28:13
 *     ...
 *   state Returned
 *   state Panicked
 * </pre>
 *
 * @param coroutines every coroutine defined in the sample that rustc laid out, ordered by body then name
 * @param missing    coroutines defined in the sample that rustc never laid out (not reachable from {@code main})
 */
public record AsyncGolden(List<Coroutine> coroutines, List<String> missing) {

    public AsyncGolden {
        coroutines = List.copyOf(coroutines);
        missing = List.copyOf(missing);
    }

    public static AsyncGolden read(Path file) {
        try {
            return AsyncGoldenParser.parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden beside a sample: {@code x.rs} -> {@code x.async.golden}. */
    public static Path besides(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.length() - ".rs".length()) + ".async.golden");
    }

    public Optional<Coroutine> coroutine(String name) {
        return coroutines.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
