package dev.rxray.cli;

import dev.rxray.outline.OutlineItem;
import dev.rxray.syntax.Diagnostic;
import dev.rxray.syntax.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Every line the human-readable output of {@code check} and {@code outline} is made of. Diagnostics use the
 * rustc-style form {@code file:line:column: error: message}, one per line, so editors and {@code grep} can read them.
 */
final class TextFormat {
    private TextFormat() {
    }

    static void diagnostics(PrintWriter err, FileOutcome.Analysed file) {
        for (Diagnostic d : file.result().parse().diagnostics()) {
            err.println(d.format(file.file()));
        }
        long errors = errorCount(file);
        if (errors > 0) {
            err.println("error: could not parse " + file.file() + ": " + plural(errors, "error"));
        }
    }

    static void unreadable(PrintWriter err, Unreadable file) {
        err.println(file.message());
    }

    /** The closing line when several files were checked and some failed; silence when all is well. */
    static void checkTotal(PrintWriter err, Tally tally) {
        long failed = tally.withErrors() + tally.unreadable();
        if (tally.files() > 1 && failed > 0) {
            err.println("error: " + failed + " of " + plural(tally.files(), "file") + " could not be parsed or read");
        }
    }

    /**
     * The outline as an indented tree: the line number, then the item, children two spaces further in. A header
     * names the file when several files are printed.
     */
    static void outline(PrintWriter out, FileOutcome.Analysed file, boolean withHeader) {
        if (withHeader) {
            out.println(file.file() + ":");
        }
        List<OutlineItem> items = file.result().outline();
        int width = Math.max(3, String.valueOf(file.result().source().lineCount()).length());
        printItems(out, items, 0, width);
    }

    private static void printItems(PrintWriter out, List<OutlineItem> items, int depth, int width) {
        for (OutlineItem item : items) {
            String line = String.valueOf(item.span().startLine());
            out.println(" ".repeat(width - line.length()) + line + "  " + "  ".repeat(depth) + label(item));
            printItems(out, item.children(), depth + 1, width);
        }
    }

    /** {@code kind name generics}, without repeating the kind when the name already starts with it (impls). */
    static String label(OutlineItem item) {
        String name = item.name();
        String kind = item.kind();
        if (!kind.isEmpty() && (name.equals(kind) || name.startsWith(kind + " ") || name.startsWith(kind + "<"))) {
            return name;
        }
        String head = kind.isEmpty() ? name : name.isEmpty() ? kind : kind + " " + name;
        return head + item.generics();
    }

    static long errorCount(FileOutcome.Analysed file) {
        return file.result().parse().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
