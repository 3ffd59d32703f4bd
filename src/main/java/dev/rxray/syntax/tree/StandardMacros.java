package dev.rxray.syntax.tree;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The standard macros whose arguments are Rust expressions, and which argument (if any) is a format string.
 * The tree parses the arguments of these macros only; any other macro keeps just its token tree, because its
 * input may be any tokens at all.
 */
public final class StandardMacros {
    /** Marks macros with expression arguments but no format string. */
    private static final int NO_FORMAT = -1;

    private static final Map<String, Integer> FORMAT_ARGUMENT = Map.ofEntries(
            Map.entry("println", 0), Map.entry("print", 0), Map.entry("eprintln", 0), Map.entry("eprint", 0),
            Map.entry("format", 0), Map.entry("format_args", 0), Map.entry("panic", 0),
            Map.entry("unreachable", 0), Map.entry("todo", 0), Map.entry("unimplemented", 0),
            Map.entry("write", 1), Map.entry("writeln", 1),
            Map.entry("assert", 1), Map.entry("debug_assert", 1),
            Map.entry("assert_eq", 2), Map.entry("assert_ne", 2),
            Map.entry("debug_assert_eq", 2), Map.entry("debug_assert_ne", 2),
            Map.entry("vec", NO_FORMAT), Map.entry("dbg", NO_FORMAT));

    private StandardMacros() {
    }

    /** True when the macro named so (last path segment) takes comma-separated expressions. */
    public static boolean takesExpressions(String name) {
        return FORMAT_ARGUMENT.containsKey(name);
    }

    /** {@code matches!(expr, pattern if guard)}. */
    public static boolean isMatches(String name) {
        return name.equals("matches");
    }

    /** {@code vec![element; count]} is allowed besides the list form. */
    public static boolean allowsRepeat(String name) {
        return name.equals("vec");
    }

    /** The position of the format string among the arguments, when the macro has one. */
    public static OptionalInt formatArgument(String name) {
        Integer index = FORMAT_ARGUMENT.get(name);
        return index == null || index == NO_FORMAT ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
