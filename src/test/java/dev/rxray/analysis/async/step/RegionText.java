package dev.rxray.analysis.async.step;

import dev.rxray.syntax.SourceFile;
import java.util.stream.Collectors;

/** A region as the text of its pieces, each with white space collapsed, joined by {@code " | "}. */
final class RegionText {
    private RegionText() {
    }

    static String of(SourceFile source, SourceRegion region) {
        String text = source.text();
        return region.spans().stream()
                .map(s -> text.substring(s.startOffset(), s.endOffset()).replaceAll("\\s+", " ").strip())
                .collect(Collectors.joining(" | "));
    }
}
