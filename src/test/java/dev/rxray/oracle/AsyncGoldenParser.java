package dev.rxray.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the line format of {@link AsyncGolden}; every deviation is a {@link GoldenFormatException}. */
final class AsyncGoldenParser {

    private static final String MISSING = "# missing: ";

    private final Path file;
    private final List<Coroutine> coroutines = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    // The coroutine and state being filled; a coroutine is finished when the next one starts or the file ends.
    private String name;
    private Map<String, String> header;
    private List<Upvar> upvars;
    private ProbeAnswer send;
    private List<SendBlocker> sendBlockers;
    private ProbeAnswer unpin;
    private List<State> states;
    private String stateLine;
    private List<SavedLocal> saved;

    private AsyncGoldenParser(Path file) {
        this.file = file;
    }

    static AsyncGolden parse(Path file, List<String> lines) {
        AsyncGoldenParser parser = new AsyncGoldenParser(file);
        for (int i = 0; i < lines.size(); i++) {
            try {
                parser.line(lines.get(i));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new GoldenFormatException(file, i + 1, e.getMessage());
            }
        }
        try {
            parser.finishCoroutine();
        } catch (IllegalArgumentException e) {
            throw new GoldenFormatException(file, lines.size(), e.getMessage());
        }
        return new AsyncGolden(parser.coroutines, parser.missing);
    }

    private void line(String line) {
        if (line.startsWith(MISSING)) {
            missing.add(line.substring(MISSING.length()));
        } else if (line.isBlank() || line.startsWith("#")) {
            return;
        } else if (line.startsWith("coroutine ")) {
            finishCoroutine();
            startCoroutine(line.substring("coroutine ".length()));
        } else if (line.startsWith("  upvar ")) {
            requireCoroutine(line);
            if (stateLine != null) {
                throw new IllegalArgumentException("upvars come before the states");
            }
            String[] words = line.strip().split(" ");
            upvars.add(new Upvar(words[1], intValue(keyValues(words, 2), "size")));
        } else if (line.startsWith("  send ") || line.startsWith("  unpin ")) {
            requireCoroutine(line);
            if (stateLine != null) {
                throw new IllegalArgumentException("future facts come before the states");
            }
            futureFact(line.strip());
        } else if (line.startsWith("  state ")) {
            requireCoroutine(line);
            finishState();
            stateLine = line.strip();
            saved = new ArrayList<>();
        } else if (line.startsWith("    local ")) {
            if (stateLine == null) {
                throw new IllegalArgumentException("local outside a state: " + line);
            }
            saved.add(local(line.strip().substring("local ".length())));
        } else {
            throw new IllegalArgumentException("unknown line: " + line);
        }
    }

    private void startCoroutine(String rest) {
        int end = closingBrace(rest);
        name = rest.substring(0, end + 1);
        header = keyValues(rest.substring(end + 1).strip().split(" "), 0);
        upvars = new ArrayList<>();
        send = ProbeAnswer.NOT_PROBED;
        sendBlockers = new ArrayList<>();
        unpin = ProbeAnswer.NOT_PROBED;
        states = new ArrayList<>();
        stateLine = null;
    }

    private void requireCoroutine(String line) {
        if (name == null) {
            throw new IllegalArgumentException("line outside a coroutine: " + line);
        }
    }

    private void finishState() {
        if (stateLine == null) {
            return;
        }
        String[] words = stateLine.split(" ");
        String stateName = words[1];
        Map<String, String> values = keyValues(words, 2);
        State state = switch (stateName) {
            case "Unresumed" -> new State.Unresumed(saved);
            case "Returned" -> new State.Returned(saved);
            case "Panicked" -> new State.Panicked(saved);
            default -> {
                if (!stateName.matches("Suspend\\d+")) {
                    throw new IllegalArgumentException("unknown state " + stateName);
                }
                yield new State.Suspend(Integer.parseInt(stateName.substring("Suspend".length())),
                        Position.parse(required(values, "await")), saved);
            }
        };
        states.add(state);
        stateLine = null;
    }

    private void finishCoroutine() {
        if (name == null) {
            return;
        }
        finishState();
        coroutines.add(new Coroutine(name, SourceSpan.parse(required(header, "body")), intValue(header, "size"),
                intValue(header, "align"), upvars, send, sendBlockers, unpin, states));
        name = null;
    }

    /** {@code unpin yes|no|?} or {@code send yes|no|? [await=L:C value=SPAN type=REST OF LINE]}. */
    private void futureFact(String fact) {
        String[] words = fact.split(" ", 3);
        ProbeAnswer answer = ProbeAnswer.parse(words[1]);
        if (words[0].equals("unpin")) {
            if (words.length > 2) {
                throw new IllegalArgumentException("unpin takes one answer: " + fact);
            }
            unpin = answer;
            return;
        }
        send = answer;
        if (words.length > 2) {
            String rest = words[2];
            int typeAt = rest.indexOf("type=");
            if (answer != ProbeAnswer.NO || typeAt < 0) {
                throw new IllegalArgumentException("a send blocker needs `send no` and a type: " + fact);
            }
            Map<String, String> values = keyValues(rest.substring(0, typeAt).strip().split(" "), 0);
            sendBlockers.add(new SendBlocker(Position.parse(required(values, "await")),
                    SourceSpan.parse(required(values, "value")), rest.substring(typeAt + "type=".length())));
        }
    }

    /** {@code NAME size=N at=SPAN|? [type=REST OF LINE]}. */
    private static SavedLocal local(String rest) {
        String type = "";
        int typeAt = rest.indexOf(" type=");
        if (typeAt >= 0) {
            type = rest.substring(typeAt + " type=".length());
            rest = rest.substring(0, typeAt);
        }
        String[] words = rest.split(" ");
        Map<String, String> values = keyValues(words, 1);
        String at = required(values, "at");
        Origin origin = at.equals("?") ? new Origin.Elsewhere() : new Origin.InSample(SourceSpan.parse(at));
        String size = required(values, "size");
        return new SavedLocal(words[0], size.equals("?") ? SavedLocal.UNKNOWN_SIZE : Integer.parseInt(size), origin,
                type);
    }

    /** The index of the brace that closes the one at index 0 (coroutine names nest no braces, but may). */
    private static int closingBrace(String text) {
        if (!text.startsWith("{")) {
            throw new IllegalArgumentException("a coroutine name starts with '{': " + text);
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed coroutine name: " + text);
    }

    private static Map<String, String> keyValues(String[] words, int from) {
        Map<String, String> values = new HashMap<>();
        for (int i = from; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0 || values.put(words[i].substring(0, eq), words[i].substring(eq + 1)) != null) {
                throw new IllegalArgumentException("expected one key=value, got " + words[i]);
            }
        }
        return values;
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key + "=");
        }
        return value;
    }

    private static int intValue(Map<String, String> values, String key) {
        return Integer.parseInt(required(values, key));
    }
}
