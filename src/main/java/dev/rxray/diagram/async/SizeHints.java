package dev.rxray.diagram.async;

import java.util.Map;
import java.util.Optional;

/**
 * Sizes of the types whose layout every 64-bit target agrees on, for the size note of a field. Anything else
 * (user types, generics, trait objects) has no size here rather than a guess.
 */
final class SizeHints {
    private static final Map<String, Integer> EXACT = Map.ofEntries(
            Map.entry("u8", 1), Map.entry("i8", 1), Map.entry("bool", 1), Map.entry("u16", 2), Map.entry("i16", 2),
            Map.entry("u32", 4), Map.entry("i32", 4), Map.entry("f32", 4), Map.entry("char", 4),
            Map.entry("u64", 8), Map.entry("i64", 8), Map.entry("f64", 8), Map.entry("usize", 8),
            Map.entry("isize", 8), Map.entry("u128", 16), Map.entry("i128", 16), Map.entry("()", 0),
            Map.entry("String", 24), Map.entry("&str", 16), Map.entry("&mut str", 16));

    private SizeHints() {
    }

    static Optional<Integer> bytes(String type) {
        String t = type.strip();
        Integer exact = EXACT.get(t);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (t.startsWith("&") && !t.contains("[") && !t.contains("dyn ") && !t.endsWith("str")) {
            return Optional.of(8);
        }
        if (t.startsWith("Vec<") || t.startsWith("std::vec::Vec<")) {
            return Optional.of(24);
        }
        if ((t.startsWith("Rc<") || t.startsWith("Arc<") || t.startsWith("Box<")) && !t.contains("dyn ")
                && !t.contains("[") && !t.contains("str>")) {
            return Optional.of(8);
        }
        return Optional.empty();
    }

    static String note(String type) {
        return bytes(type).map(b -> b + " B").orElse("");
    }
}
