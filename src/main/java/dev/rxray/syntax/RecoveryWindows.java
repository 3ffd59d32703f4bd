package dev.rxray.syntax;

import dev.rxray.syntax.antlr.RustLexer;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.Item;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Where the parser is trusted again after a syntax error. ANTLR's recovery after one mistake (a missing comma, an
 * unclosed bracket) often closes the enclosing item early and then reads the rest of it as nonsense items, each with an
 * error of its own: three or more messages, and bogus outline entries, where rustc says one thing. The text itself
 * tells where the next real item begins: an item keyword at the start of a line, in column 1. So after an error, later
 * errors and top-level items are kept only from that point on.
 */
final class RecoveryWindows {
    /** Tokens that can begin an item (or its attributes) and seldom begin anything else in column 1. */
    private static final Set<Integer> ITEM_STARTS = Set.of(RustLexer.FN, RustLexer.PUB, RustLexer.STRUCT,
            RustLexer.ENUM, RustLexer.UNION, RustLexer.IMPL, RustLexer.TRAIT, RustLexer.MOD, RustLexer.USE,
            RustLexer.CONST, RustLexer.STATIC, RustLexer.TYPE, RustLexer.UNSAFE, RustLexer.EXTERN, RustLexer.ASYNC,
            RustLexer.POUND, RustLexer.MACRO_RULES);

    private final int[] resyncOffsets;

    private RecoveryWindows(int[] resyncOffsets) {
        this.resyncOffsets = resyncOffsets;
    }

    static RecoveryWindows of(List<? extends Token> tokens, CodePointOffsets offsets) {
        int[] starts = tokens.stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getCharPositionInLine() == 0
                        && ITEM_STARTS.contains(t.getType()))
                .mapToInt(t -> offsets.utf16(t.getStartIndex()))
                .toArray();
        return new RecoveryWindows(starts);
    }

    /**
     * Where trust returns after an error at {@code offset}: the next item start, or at once when the error sits on an
     * item start itself (the item before it was left unfinished, and recovery resumes cleanly at this one).
     */
    private int trustedAfter(int offset) {
        return isItemStart(offset) ? offset + 1 : resyncAfter(offset);
    }

    private boolean isItemStart(int offset) {
        return Arrays.binarySearch(resyncOffsets, offset) >= 0;
    }

    /** The first item start after {@code offset}, or the end of the file. */
    private int resyncAfter(int offset) {
        int i = Arrays.binarySearch(resyncOffsets, offset + 1);
        int at = i >= 0 ? i : -i - 1;
        return at < resyncOffsets.length ? resyncOffsets[at] : Integer.MAX_VALUE;
    }

    /** The diagnostics (in source order) without the errors that fall between an error and the next item start. */
    List<Diagnostic> keepTrusted(List<Diagnostic> diagnostics) {
        List<Diagnostic> kept = new ArrayList<>(diagnostics.size());
        int trustedFrom = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() != Severity.ERROR) {
                kept.add(d);
                continue;
            }
            int at = d.span().startOffset();
            if (at < trustedFrom) {
                continue;
            }
            kept.add(d);
            trustedFrom = trustedAfter(at);
        }
        return List.copyOf(kept);
    }

    /**
     * The crate without top-level items that start inside a window of distrust: they are what recovery made of the
     * rest of a broken item, not items the author wrote.
     */
    Crate dropRecoveredItems(Crate crate, List<Diagnostic> errors) {
        List<int[]> windows = new ArrayList<>();
        for (Diagnostic d : errors) {
            if (d.severity() == Severity.ERROR) {
                int at = d.span().startOffset();
                windows.add(new int[] {at, trustedAfter(at)});
            }
        }
        if (windows.isEmpty()) {
            return crate;
        }
        List<Item> items = crate.items().stream()
                .filter(item -> isItemStart(item.span().startOffset()) || !insideAny(item, windows)).toList();
        return items.size() == crate.items().size() ? crate : new Crate(crate.attributes(), items, crate.span());
    }

    private static boolean insideAny(Item item, List<int[]> windows) {
        int start = item.span().startOffset();
        for (int[] window : windows) {
            if (start >= window[0] && start < window[1]) {
                return true;
            }
        }
        return false;
    }
}
