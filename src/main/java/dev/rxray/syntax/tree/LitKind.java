package dev.rxray.syntax.tree;

/** The lexical kind of a literal; the literal's text stays as written, suffix included. */
public enum LitKind {
    INTEGER, FLOAT, STRING, RAW_STRING, BYTE_STRING, RAW_BYTE_STRING, C_STRING, RAW_C_STRING, CHAR, BYTE, BOOL
}
