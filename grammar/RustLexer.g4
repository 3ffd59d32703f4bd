/*
 * Tokens of Rust 2021.
 *
 * Design notes (why the lexer looks like this):
 * - No semantic predicates: every decision is longest match, then rule order. That keeps the lexer DFA fast.
 * - `>` and `<` are single-character tokens. Shifts and comparisons made of several of them (`>>`, `>=`, `>>=`, `<<`)
 *   are assembled by the parser, so that `Vec<Vec<u8>>` and `Option<T>=` need no splitting. `<=` and `<<=` stay
 *   whole: no generic list can be followed by `=`.
 * - `'a'` is a char and `'a` a lifetime by longest match.
 * - `1.` (a float with a trailing dot) is not lexed here: `1..2` and `1.max(2)` must see an integer. The token
 *   source in dev.rxray.syntax merges `1` `.` into a float when rustc would.
 * - `x.0.1` lexes as `x` `.` `0.1`: the parser accepts a float after `.` as two tuple indices.
 * - Unterminated strings and block comments become their own tokens reaching end of file, so the driver can report
 *   them; any other unexpected character becomes ERROR_CHAR, so the lexer never fails.
 * - STMT, LET_ELSE and METHOD_LPAREN are never produced here: the token source inserts STMT before a block-like
 *   expression that starts a statement or a match arm body, retypes the `else` of `let ... else`, and retypes the `(`
 *   that opens a method call's arguments (`x.f(`, `x.f::<T>(`); LET_CHAIN is a `let` after `&&` in the head of
 *   `if` / `while` (a let chain: `if a && let Some(b) = c {`).
 */
lexer grammar RustLexer;

channels { COMMENTS, DOC_COMMENTS }

tokens { STMT, LET_ELSE, METHOD_LPAREN, LET_CHAIN }

// Strict keywords.
AS: 'as';
ASYNC: 'async';
AWAIT: 'await';
BREAK: 'break';
CONST: 'const';
CONTINUE: 'continue';
CRATE: 'crate';
DYN: 'dyn';
ELSE: 'else';
ENUM: 'enum';
EXTERN: 'extern';
FALSE: 'false';
FN: 'fn';
FOR: 'for';
IF: 'if';
IMPL: 'impl';
IN: 'in';
LET: 'let';
LOOP: 'loop';
MATCH: 'match';
MOD: 'mod';
MOVE: 'move';
MUT: 'mut';
PUB: 'pub';
REF: 'ref';
RETURN: 'return';
SELFVALUE: 'self';
SELFTYPE: 'Self';
STATIC: 'static';
STRUCT: 'struct';
SUPER: 'super';
TRAIT: 'trait';
TRUE: 'true';
TYPE: 'type';
UNSAFE: 'unsafe';
USE: 'use';
WHERE: 'where';
WHILE: 'while';

// Weak keywords: keywords only in some positions, identifiers elsewhere (see `identifier` in the parser).
MACRO_RULES: 'macro_rules';
UNION: 'union';
DEFAULT: 'default';
AUTO: 'auto';
RAW: 'raw';
SAFE: 'safe';
DOLLAR_CRATE: '$crate';

UNDERSCORE: '_';

RAW_IDENTIFIER: 'r#' IDENTIFIER_OR_KEYWORD;
IDENTIFIER: IDENTIFIER_OR_KEYWORD;

LIFETIME: '\'' ( IDENTIFIER_OR_KEYWORD | '_' | 'r#' IDENTIFIER_OR_KEYWORD );

// Literals.
CHAR_LITERAL: '\'' ( ~['\\\n\r\t] | QUOTE_ESCAPE | ASCII_ESCAPE | UNICODE_ESCAPE ) '\'' SUFFIX?;
BYTE_LITERAL: 'b\'' ( ~['\\\n\r\t] | QUOTE_ESCAPE | ASCII_ESCAPE ) '\'' SUFFIX?;
STRING_LITERAL: '"' STRING_BODY '"' SUFFIX?;
BYTE_STRING_LITERAL: 'b"' STRING_BODY '"' SUFFIX?;
C_STRING_LITERAL: 'c"' STRING_BODY '"' SUFFIX?;
RAW_STRING_LITERAL: 'r' RAW_BODY SUFFIX?;
RAW_BYTE_STRING_LITERAL: 'br' RAW_BODY SUFFIX?;
RAW_C_STRING_LITERAL: 'cr' RAW_BODY SUFFIX?;
UNTERMINATED_STRING: [bc]? '"' STRING_BODY '\\'? EOF;

FLOAT_LITERAL
    : DEC_DIGITS '.' [0-9] [0-9_]* EXPONENT? SUFFIX?
    | DEC_DIGITS EXPONENT SUFFIX?
    ;

INTEGER_LITERAL
    : DEC_DIGITS SUFFIX_NO_E?
    | '0x' [0-9a-fA-F_]* [0-9a-fA-F] [0-9a-fA-F_]* SUFFIX_NO_HEX?
    | '0o' [0-7_]* [0-7] [0-7_]* SUFFIX_NO_E?
    | '0b' [01_]* [01] [01_]* SUFFIX_NO_E?
    ;

// Comments. Doc comments come first so that they win ties with the plain forms.
INNER_LINE_DOC: '//!' ~[\r\n]* -> channel(DOC_COMMENTS);
OUTER_LINE_DOC: '///' ( ~[/\r\n] ~[\r\n]* )? -> channel(DOC_COMMENTS);
LINE_COMMENT: '//' ~[\r\n]* -> channel(COMMENTS);
INNER_BLOCK_DOC: '/*!' ( BLOCK_COMMENT | . )*? ( '*/' | EOF ) -> channel(DOC_COMMENTS);
OUTER_BLOCK_DOC: '/**' ~[*/] ( BLOCK_COMMENT | . )*? ( '*/' | EOF ) -> channel(DOC_COMMENTS);
BLOCK_COMMENT: '/*' ( BLOCK_COMMENT | . )*? ( '*/' | EOF ) -> channel(COMMENTS);

WHITESPACE: [ \t\r\n\u000B\u000C\u0085\u200E\u200F\u2028\u2029]+ -> skip;

// Punctuation.
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
PERCENT: '%';
CARET: '^';
NOT: '!';
AND: '&';
OR: '|';
ANDAND: '&&';
OROR: '||';
PLUSEQ: '+=';
MINUSEQ: '-=';
STAREQ: '*=';
SLASHEQ: '/=';
PERCENTEQ: '%=';
CARETEQ: '^=';
ANDEQ: '&=';
OREQ: '|=';
SHLEQ: '<<=';
EQ: '=';
EQEQ: '==';
NE: '!=';
GT: '>';
LT: '<';
LE: '<=';
AT: '@';
DOT: '.';
DOTDOT: '..';
DOTDOTDOT: '...';
DOTDOTEQ: '..=';
COMMA: ',';
SEMI: ';';
COLON: ':';
PATHSEP: '::';
RARROW: '->';
FATARROW: '=>';
POUND: '#';
DOLLAR: '$';
QUESTION: '?';
TILDE: '~';

LBRACE: '{';
RBRACE: '}';
LBRACK: '[';
RBRACK: ']';
LPAREN: '(';
RPAREN: ')';

ERROR_CHAR: .;

fragment IDENTIFIER_OR_KEYWORD
    : XID_START XID_CONTINUE*
    | '_' XID_CONTINUE+
    ;

fragment XID_START: [a-zA-Z] | [\p{XID_Start}];
fragment XID_CONTINUE: [a-zA-Z0-9_] | [\p{XID_Continue}];

fragment SUFFIX: IDENTIFIER_OR_KEYWORD;
fragment SUFFIX_NO_E: [a-df-zA-DF-Z] XID_CONTINUE*;
fragment SUFFIX_NO_HEX: [g-zG-Z] XID_CONTINUE*;

fragment DEC_DIGITS: [0-9] [0-9_]*;
fragment EXPONENT: [eE] [+-]? [0-9_]* [0-9] [0-9_]*;

fragment STRING_BODY: ( ~["\\] | '\\' . )*;
fragment QUOTE_ESCAPE: '\\' ['"];
fragment ASCII_ESCAPE: '\\x' [0-9a-fA-F] [0-9a-fA-F] | '\\' [nrt\\0];
fragment UNICODE_ESCAPE: '\\u{' [0-9a-fA-F_]+ '}';

fragment RAW_BODY
    : '"' .*? '"'
    | '#"' .*? '"#'
    | '##"' .*? '"##'
    | '###"' .*? '"###'
    | '####"' .*? '"####'
    | '#####"' .*? '"#####'
    | '######"' .*? '"######'
    | '#######"' .*? '"#######'
    | '########"' .*? '"########'
    ;
