package dev.rxray.syntax;

/** A coloured run of text: [start, end) in the decoded text's UTF-16 offsets. */
public record Highlight(TokenClass tokenClass, int start, int end) {
}
