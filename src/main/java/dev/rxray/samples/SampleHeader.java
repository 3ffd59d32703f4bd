package dev.rxray.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sample's title and description from its leading inner doc comments: the first {@code //!} line is the
 * title, the second the one-line description. Only the comment block at the top counts (blank lines and a shebang
 * before it are skipped), so a {@code //!} further down the file is never mistaken for a title.
 */
record SampleHeader(String title, String description) {

    static SampleHeader of(String text, String fallbackTitle) {
        List<String> docLines = new ArrayList<>(2);
        for (String line : text.lines().limit(50).toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//!")) {
                docLines.add(trimmed.substring(3).strip());
                if (docLines.size() == 2) {
                    break;
                }
            } else if (!(trimmed.isEmpty() || trimmed.startsWith("#!") && docLines.isEmpty())) {
                break;
            }
        }
        String title = docLines.isEmpty() || docLines.getFirst().isEmpty() ? fallbackTitle : docLines.getFirst();
        String description = docLines.size() > 1 ? docLines.get(1) : "";
        return new SampleHeader(title, description);
    }
}
