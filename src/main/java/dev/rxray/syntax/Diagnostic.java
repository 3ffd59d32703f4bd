package dev.rxray.syntax;

/** One message about a source file, located by its span. */
public record Diagnostic(Severity severity, Span span, String message) {

    /** The rustc-style one-line form: {@code file:line:column: error: message}. */
    public String format(String fileName) {
        return fileName + ":" + span.startLine() + ":" + span.startColumn() + ": " + severity.label() + ": " + message;
    }
}
