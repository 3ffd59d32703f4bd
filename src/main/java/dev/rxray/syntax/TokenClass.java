package dev.rxray.syntax;

/** What a token is, for an editor's colouring. */
public enum TokenClass {
    KEYWORD, IDENTIFIER, LIFETIME, STRING, CHAR, NUMBER, COMMENT, DOC_COMMENT, MACRO, ATTRIBUTE, OPERATOR, PUNCTUATION,
    TYPE, ERROR
}
