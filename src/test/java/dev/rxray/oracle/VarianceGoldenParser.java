package dev.rxray.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the line format of {@link VarianceGolden}; every deviation is a {@link GoldenFormatException}. */
final class VarianceGoldenParser {

    private static final Pattern TYPE = Pattern.compile("(struct|enum|union) (\\w+) \\[(.*)]");
    private static final Pattern ANSWERED =
            Pattern.compile("autotrait (.+) Send=(yes|no) Sync=(yes|no) Unpin=(yes|no)");
    private static final Pattern ILL_FORMED = Pattern.compile("autotrait (.+?) ill-formed: (.*)");
    private static final Pattern SUMMARY = Pattern.compile("summary (\\w+) Send=(\\S+) Sync=(\\S+) Unpin=(\\S+)");
    private static final Pattern ERROR = Pattern.compile("error (\\w+) (E\\d{4}|-) (.*)");
    private static final Pattern PARAM = Pattern.compile("('?\\w+): ([-+o*])");

    private final List<TypeFacts> types = new ArrayList<>();
    private TypeFacts.Kind kind;
    private String name;
    private List<ParamVariance> variance;
    private List<TypeError> errors;
    private List<AutoTraitProbe> probes;

    private VarianceGoldenParser() {
    }

    static VarianceGolden parse(Path file, List<String> lines) {
        VarianceGoldenParser parser = new VarianceGoldenParser();
        for (int i = 0; i < lines.size(); i++) {
            try {
                parser.line(lines.get(i));
            } catch (IllegalArgumentException e) {
                throw new GoldenFormatException(file, i + 1, e.getMessage());
            }
        }
        if (parser.name != null) {
            throw new GoldenFormatException(file, lines.size(), "type " + parser.name + " has no summary line");
        }
        return new VarianceGolden(parser.types);
    }

    private void line(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        Matcher m;
        if ((m = TYPE.matcher(line)).matches()) {
            if (name != null) {
                throw new IllegalArgumentException("type " + name + " has no summary line");
            }
            kind = TypeFacts.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            name = m.group(2);
            variance = params(m.group(3));
            errors = new ArrayList<>();
            probes = new ArrayList<>();
        } else if ((m = ERROR.matcher(line)).matches()) {
            requireType(line);
            if (!m.group(1).equals(name) || !probes.isEmpty()) {
                throw new IllegalArgumentException("an error line belongs right after its type's line: " + line);
            }
            // `-`: rustc reports it without a code ("type parameter `T` is only used recursively").
            errors.add(new TypeError(m.group(2).equals("-") ? "" : m.group(2), m.group(3)));
        } else if ((m = ANSWERED.matcher(line)).matches()) {
            requireType(line);
            probes.add(new AutoTraitProbe.Answered(m.group(1), yes(m.group(2)), yes(m.group(3)), yes(m.group(4))));
        } else if ((m = ILL_FORMED.matcher(line)).matches()) {
            requireType(line);
            probes.add(new AutoTraitProbe.IllFormed(m.group(1), m.group(2)));
        } else if ((m = SUMMARY.matcher(line)).matches()) {
            requireType(line);
            if (!m.group(1).equals(name)) {
                throw new IllegalArgumentException("summary of " + m.group(1) + " inside type " + name);
            }
            Map<AutoTrait, Condition> summary = new EnumMap<>(AutoTrait.class);
            summary.put(AutoTrait.SEND, Condition.parse(m.group(2)));
            summary.put(AutoTrait.SYNC, Condition.parse(m.group(3)));
            summary.put(AutoTrait.UNPIN, Condition.parse(m.group(4)));
            types.add(new TypeFacts(kind, name, variance, errors, probes, summary));
            name = null;
        } else {
            throw new IllegalArgumentException("unknown line: " + line);
        }
    }

    private void requireType(String line) {
        if (name == null) {
            throw new IllegalArgumentException("line outside a type: " + line);
        }
    }

    private static List<ParamVariance> params(String text) {
        List<ParamVariance> result = new ArrayList<>();
        if (text.isBlank()) {
            return result;
        }
        for (String part : text.split(", ")) {
            Matcher m = PARAM.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a parameter's variance: " + part);
            }
            result.add(new ParamVariance(m.group(1), Variance.ofSymbol(m.group(2))));
        }
        return result;
    }

    private static boolean yes(String answer) {
        return answer.equals("yes");
    }
}
