package dev.rxray.analysis.autotraits;

import dev.rxray.analysis.variance.TypeText;
import dev.rxray.syntax.tree.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type written on the command line or in the app, which may name a coroutine's future in rustc's notation:
 * {@code Wrapper<{async fn body of fetch()}>}, {@code Pin<Box<{async block@12:5}>>}. Each such name is read as an
 * opaque type ({@code __RxrayFuture0}, ...) whose auto traits come from the async analysis.
 *
 * @param type     the parsed type, with placeholders for the futures
 * @param futures  placeholder name to the future's rustc name as written, in order of appearance
 * @param offsets  for each placeholder, its start offset in the original text and how much shorter it made the
 *                 text, so that positions in the parsed type map back to the text the user wrote
 */
public record TargetType(Type type, Map<String, String> futures, List<int[]> offsets) {

    /** rustc's names of coroutine types: {@code {async fn body of NAME()}}, {@code {async block@L:C}}. */
    private static final Pattern FUTURE = Pattern.compile("\\{async (?:fn body of [^{}]*\\(\\)|block@[^{}]*|closure@[^{}]*)}");
    public static final String PLACEHOLDER = "__RxrayFuture";
    /** The text {@link TypeText} puts before the type: a column in the parsed type minus this is the user's. */
    private static final int PREFIX = "type __RxrayTarget = ".length();

    public TargetType {
        futures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(futures));
        offsets = List.copyOf(offsets);
    }

    /** Empty when the text is not exactly one well-formed type. */
    public static Optional<TargetType> parse(String text) {
        Matcher m = FUTURE.matcher(text);
        StringBuilder rewritten = new StringBuilder();
        Map<String, String> futures = new LinkedHashMap<>();
        List<int[]> offsets = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String placeholder = PLACEHOLDER + futures.size();
            futures.put(placeholder, m.group());
            rewritten.append(text, last, m.start()).append(placeholder);
            offsets.add(new int[] {m.start(), m.group().length() - placeholder.length(), rewritten.length()});
            last = m.end();
        }
        rewritten.append(text.substring(last));
        return TypeText.parse(rewritten.toString()).map(t -> new TargetType(t, futures, offsets));
    }

    /** The 1-based column in the user's text of a 1-based column of the parsed type (on its single line). */
    public int originalColumn(int parsedColumn) {
        int offset = parsedColumn - 1 - PREFIX;
        int shift = 0;
        for (int[] o : offsets) {
            if (offset >= o[2]) {
                shift += o[1];
            }
        }
        return Math.max(1, offset + shift + 1);
    }

    /** The text with each placeholder written back as the future's name. */
    public String restore(String text) {
        String out = text;
        List<String> names = new ArrayList<>(futures.keySet());
        for (int i = names.size() - 1; i >= 0; i--) {
            out = out.replace(names.get(i), futures.get(names.get(i)));
        }
        return out;
    }
}
