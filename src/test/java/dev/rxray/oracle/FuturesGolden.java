package dev.rxray.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rustc's Send, Sync and Unpin of a sample's async fn futures, alone and inside the sample's own types
 * ({@code NAME.futures.golden}, recorded by {@code src/scripts/oracle/futures_oracle.py}):
 *
 * <pre>
 * future {async fn body of holds_counter()} Send=no Sync=no Unpin=no
 * autotrait Wrapper&lt;{async fn body of holds_counter()}&gt; Send=no Sync=no Unpin=no
 * </pre>
 */
public record FuturesGolden(List<Fact> facts) {

    /** One line: {@code future} (the type is the future itself) or {@code autotrait} (a type holding one). */
    public record Fact(boolean future, String type, Map<AutoTrait, String> answers) {
        public Fact {
            answers = Map.copyOf(answers);
        }
    }

    private static final Pattern LINE =
            Pattern.compile("(future|autotrait) (.+) Send=(yes|no|ill-formed) Sync=(yes|no|ill-formed) "
                    + "Unpin=(yes|no|ill-formed)");

    public FuturesGolden {
        facts = List.copyOf(facts);
    }

    /** The golden beside a sample: {@code x.rs} -> {@code x.futures.golden}. */
    public static Path besides(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.length() - ".rs".length()) + ".futures.golden");
    }

    public static FuturesGolden read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new GoldenFormatException(file, i + 1, "unknown line: " + line);
            }
            facts.add(new Fact(m.group(1).equals("future"), m.group(2),
                    Map.of(AutoTrait.SEND, m.group(3), AutoTrait.SYNC, m.group(4), AutoTrait.UNPIN, m.group(5))));
        }
        return new FuturesGolden(facts);
    }
}
