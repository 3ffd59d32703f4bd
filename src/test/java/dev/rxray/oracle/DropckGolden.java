package dev.rxray.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rustc's drop-check answers for every top-level type of one sample ({@code NAME.dropck.golden}, recorded by
 * {@code src/scripts/oracle/dropck_oracle.py}), in source order:
 *
 * <pre>
 * struct Stack
 *   needs_drop Stack&lt;u8&gt; yes                      (std::mem::needs_drop, const-evaluated)
 *   needs_drop Stack&lt;String&gt; yes
 *   drop_uses T Stack&lt;__RxrayDrop&lt;'a&gt;&gt; yes       (E0597 "when `__x` is dropped": the borrow is used at drop)
 * summary Stack glue=yes                          (yes, no, if(T,U) or unknown)
 * </pre>
 *
 * A {@code drop_uses} answer is {@code yes}, {@code no}, {@code confounded} (a lifetime of the type is itself used at
 * drop, so the type parameter's experiment cannot tell) or {@code ill-formed: MESSAGE} (the probe breaks a bound).
 */
public record DropckGolden(List<Type> types) {

    /** One type: its glue summary and, per parameter in declaration order, rustc's answer to "used at drop". */
    public record Type(String kind, String name, String glue, Map<String, String> usedAtDrop) {
        public Type {
            usedAtDrop = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(usedAtDrop));
        }
    }

    private static final Pattern TYPE = Pattern.compile("(struct|enum|union) (\\w+)");
    private static final Pattern NEEDS_DROP = Pattern.compile("  needs_drop (.+) (yes|no|ill-formed: .*)");
    private static final Pattern USES = Pattern.compile("  drop_uses ('?\\w+) (.+?) (yes|no|confounded|ill-formed: .*)");
    private static final Pattern SUMMARY = Pattern.compile("summary (\\w+) glue=(yes|no|unknown|if\\([\\w,]+\\))");

    public DropckGolden {
        types = List.copyOf(types);
    }

    /** The golden beside a sample: {@code x.rs} -> {@code x.dropck.golden}. */
    public static Path besides(Path sample) {
        String name = sample.getFileName().toString();
        return sample.resolveSibling(name.substring(0, name.length() - ".rs".length()) + ".dropck.golden");
    }

    public Optional<Type> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public static DropckGolden read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Type> types = new ArrayList<>();
        String kind = null;
        String name = null;
        Map<String, String> uses = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if ((m = TYPE.matcher(line)).matches()) {
                if (name != null) {
                    throw new GoldenFormatException(file, i + 1, "type " + name + " has no summary line");
                }
                kind = m.group(1);
                name = m.group(2);
                uses = new LinkedHashMap<>();
            } else if (name != null && NEEDS_DROP.matcher(line).matches()) {
                continue;
            } else if (name != null && (m = USES.matcher(line)).matches()) {
                uses.put(m.group(1), m.group(3));
            } else if (name != null && (m = SUMMARY.matcher(line)).matches() && m.group(1).equals(name)) {
                types.add(new Type(kind, name, m.group(2), uses));
                name = null;
            } else {
                throw new GoldenFormatException(file, i + 1, "unknown line: " + line);
            }
        }
        if (name != null) {
            throw new GoldenFormatException(file, lines.size(), "type " + name + " has no summary line");
        }
        return new DropckGolden(types);
    }
}
