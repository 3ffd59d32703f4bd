parser grammar RustParser;
options { tokenVocab = RustLexer; }
crate: FN* EOF;
