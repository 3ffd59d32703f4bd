package dev.rxray.analysis.async;

import java.util.List;
import java.util.Random;

/**
 * Broken variants of a sample for the "bad input never throws" tests: a piece cut out, a snippet inserted (the
 * async constructs the test cares about), or a piece of the text spliced in elsewhere. Seeded, so a failure repeats.
 */
public final class SourceMutants {
    private SourceMutants() {
    }

    /** One mutant of {@code text}; each of the {@code insertions} is as likely as a cut or a splice. */
    public static String mutate(String text, Random random, List<String> insertions) {
        int a = random.nextInt(text.length());
        int b = Math.min(text.length(), a + 1 + random.nextInt(40));
        int kind = random.nextInt(insertions.size() + 2);
        if (kind == 0) {
            return text.substring(0, a) + text.substring(b);
        }
        if (kind <= insertions.size()) {
            return text.substring(0, a) + insertions.get(kind - 1) + text.substring(a);
        }
        int c = random.nextInt(text.length());
        return text.substring(0, a) + text.substring(c, Math.min(text.length(), c + 30)) + text.substring(a);
    }
}
