package dev.rxray.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * rustc's variance and auto-trait answers for every type of one sample
 * ({@code samples/{variance,phantom}/NAME.variance.golden}), in source order.
 *
 * <pre>
 * struct Parser ['src: +, 'buf: +, T: o, F: +]
 * error Parser E0392 ...            (only where rustc reports one at the declaration)
 * autotrait Parser&lt;'static, 'static, u8, u8&gt; Send=yes Sync=yes Unpin=yes
 * autotrait Parser&lt;'static, 'static, std::rc::Rc&lt;u8&gt;, u8&gt; Send=no Sync=no Unpin=yes
 * ...
 * summary Parser Send=if(T:Send,F:Send) Sync=if(T:Sync,F:Sync) Unpin=if(F:Unpin)
 * </pre>
 */
public record VarianceGolden(List<TypeFacts> types) {

    public VarianceGolden {
        types = List.copyOf(types);
    }

    public static VarianceGolden read(Path file) {
        try {
            return VarianceGoldenParser.parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden beside a sample: {@code x.rs} -> {@code x.variance.golden}. */
    public static Path besides(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.length() - ".rs".length()) + ".variance.golden");
    }

    public Optional<TypeFacts> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
