lexer grammar RustLexer;
FN: 'fn';
IDENT: [a-z]+;
WS: [ \t\r\n]+ -> skip;
