/*
 * Rust 2021 surface syntax.
 *
 * Entry rules (each ends at EOF):
 *   crate             a whole file: inner attributes, then items
 *   macroArguments    comma-separated expressions, for re-parsing the token trees of println!, vec!, assert_eq!...
 *   expressionEntry   one expression
 *   typeEntry         one type
 *   patternEntry      one pattern
 *   itemsEntry        items, for macro bodies that expand to items
 *   statementsEntry   the inside of a block, for macro bodies that expand to statements
 *
 * The parser is fed by a token source (dev.rxray.syntax.TokenShaper) that sits between the lexer and this grammar:
 *   - it inserts a zero-width STMT token before a block-like expression (`if`, `match`, `loop`, `while`, `for`, `{`,
 *     `unsafe {`, `const {`, `'label:`) and before a `path! {` macro call when they start a statement or a match
 *     arm body, so that "a block-like expression ends the statement" (`if c {} *x = 1;` is two statements) is a
 *     one-token decision instead of a guess over the whole block;
 *   - it retypes the `else` of `let ... else` (any `else` not preceded by `}`) as LET_ELSE;
 *   - it retypes the `(` that opens a method call's arguments (`x.f(`, `x.f::<T>(`) as METHOD_LPAREN, so that
 *     `x.f(a)` cannot also read as a call of the field `x.f`;
 *   - it retypes a `let` that follows `&&` in an if/while head as LET_CHAIN (let chains);
 *   - it merges `1` `.` into a float where rustc reads `1.` as a number.
 *
 * Shapes the tree builder should know:
 *   - Statement lists and match arm lists are right-recursive (`statements`, `matchArms`) so that an expression
 *     without `;` is only allowed last. A block's tail expression is the last `ExpressionAndRest` without SEMI, or
 *     a `BlockLikeStmt` that is the last statement of the block.
 *   - No optional `;` follows anything that an empty statement or item could follow: the `;` after a block-like
 *     statement, after `path! {...}` and after `macro_rules! m (...)` is an EmptyStmt / an item that is just SEMI.
 *     (An optional `;` there would make every such statement an ambiguity for the SLL prediction.)
 *   - `x.0.1` arrives as TupleIndexExpression with a FLOAT_LITERAL `0.1`: two tuple indices.
 *   - Multi-token operators: `>>` is GT GT, `>=` is GT EQ, `>>=` is GT GT EQ, `<<` is LT LT.
 *   - `(e)` and `(e,)` / `(a, b)` share TupleOrParenthesizedExpression (and the type and pattern equivalents):
 *     one element without a trailing comma is a parenthesized form.
 *   - PathType with `+ bounds` is a bare trait object (2015 edition: `Box<Error + Send>`).
 *   - Cast targets, and the return type of `Fn(A) -> R` sugar, use `castType`: a copy of `type_` that takes no
 *     `+` and whose alternatives never end in a shared rule, so that the `<` and `+` that may follow a cast do not
 *     leak into the lookahead of every type.
 *   - After a syntax error the parse tree still exists but may lack children (ANTLR's recovery).
 *
 * The few semantic predicates (struct literals in heads, a range end that is a brace, a lone identifier in a
 * pattern) read only parser state or the next tokens; each sits at the left edge of its alternative so that
 * prediction resolves it without falling back to full LL.
 */
parser grammar RustParser;

options { tokenVocab = RustLexer; }

@parser::members {
    private boolean[] structLiteralForbidden = new boolean[64];
    private int structLiteralDepth = 0;

    /** Struct literals are not allowed in the head of if/while/match/for, but are again inside brackets. */
    protected final void enterStructContext(boolean allowed) {
        if (structLiteralDepth + 1 == structLiteralForbidden.length) {
            structLiteralForbidden = java.util.Arrays.copyOf(structLiteralForbidden, structLiteralForbidden.length * 2);
        }
        structLiteralForbidden[++structLiteralDepth] = !allowed;
    }

    protected final void exitStructContext() {
        if (structLiteralDepth > 0) {
            structLiteralDepth--;
        }
    }

    protected final boolean structLiteralAllowed() {
        return !structLiteralForbidden[structLiteralDepth];
    }

    /** In the head of `for` / `if` / `while` / `match`, a `{` after `..` is the body, not the end of the range. */
    protected final boolean rangeEndAllowed() {
        return structLiteralAllowed() || _input.LA(2) != LBRACE;
    }

    /** A plain identifier not followed by `::`: in a pattern it binds a name rather than naming a path. */
    protected final boolean loneIdentifierAhead() {
        int type = _input.LA(1);
        boolean identifier = type == IDENTIFIER || type == RAW_IDENTIFIER || type == MACRO_RULES || type == UNION
                || type == DEFAULT || type == AUTO || type == RAW || type == SAFE;
        return identifier && _input.LA(2) != PATHSEP;
    }

    /** Called for operators made of two tokens (`>>`, `>=`, `<<`); the driver reports a space between them. */
    protected void checkJoined(Token first, Token second) {
    }

    @Override
    public void reset() {
        super.reset();
        structLiteralDepth = 0;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Entry rules

crate: innerAttribute* item* EOF;

macroArguments: (expression (COMMA expression)* COMMA?)? EOF;

expressionEntry: expression EOF;

typeEntry: type_ EOF;

patternEntry: pattern EOF;

itemsEntry: item* EOF;

statementsEntry: statements? EOF;

// ---------------------------------------------------------------------------------------------------------------
// Names and paths

identifier: IDENTIFIER | RAW_IDENTIFIER | MACRO_RULES | UNION | DEFAULT | AUTO | RAW | SAFE;

simplePath: PATHSEP? simplePathSegment (PATHSEP simplePathSegment)*;

simplePathSegment: identifier | SUPER | SELFVALUE | CRATE | DOLLAR_CRATE;

pathIdentSegment: identifier | SUPER | SELFVALUE | SELFTYPE | CRATE | DOLLAR_CRATE;

// A path in an expression or pattern: generic arguments need the turbofish `::<`.
pathInExpression: PATHSEP? pathExprSegment (PATHSEP pathExprSegment)*;

pathExprSegment: pathIdentSegment (PATHSEP genericArgs)?;

qualifiedPathType: LT type_ (AS typePath)? GT;

qualifiedPathInExpression: qualifiedPathType (PATHSEP pathExprSegment)+;

typePath: PATHSEP? typePathSegment (PATHSEP typePathSegment)*;

typePathSegment: pathIdentSegment (PATHSEP? (genericArgs | typePathFn))?;

// `Fn(A, B) -> C` sugar.
// The return type takes no `+`: in `dyn Fn() -> R + Send` the `+ Send` belongs to the trait object.
typePathFn: LPAREN typePathFnInputs? RPAREN (RARROW castType)?;

typePathFnInputs: type_ (COMMA type_)* COMMA?;

genericArgs: LT (genericArg (COMMA genericArg)* COMMA?)? GT;

genericArg
    : LIFETIME                                          # LifetimeArgument
    | type_                                             # TypeArgument
    | constValue                                     # ConstArgument
    | identifier genericArgs? EQ type_                  # AssociatedTypeBinding
    | identifier genericArgs? COLON typeParamBounds     # AssociatedTypeBound
    ;

// A bare identifier const argument parses as a type; the two cannot be told apart by syntax.
constValue: block | MINUS? literal;

// ---------------------------------------------------------------------------------------------------------------
// Attributes, visibility, token trees

outerAttribute: POUND LBRACK attr RBRACK;

innerAttribute: POUND NOT LBRACK attr RBRACK;

attr
    : UNSAFE LPAREN attr RPAREN
    | simplePath attrInput?
    ;

attrInput: delimTokenTree | EQ expression;

visibility: PUB (LPAREN (CRATE | SELFVALUE | SUPER | IN simplePath) RPAREN)?;

delimTokenTree
    : (LPAREN | METHOD_LPAREN) tokenTree* RPAREN
    | LBRACK tokenTree* RBRACK
    | LBRACE tokenTree* RBRACE
    ;

tokenTree
    : ~(LPAREN | METHOD_LPAREN | RPAREN | LBRACK | RBRACK | LBRACE | RBRACE)
    | delimTokenTree
    ;

macroInvocation: simplePath NOT delimTokenTree;

// ---------------------------------------------------------------------------------------------------------------
// Items

item
    : outerAttribute* (visibility? visItem | macroInvocationItem)
    | SEMI
    ;

// The STMT marker precedes `path! {`. The `;` after `path!(...)` is parsed as an empty item (see `item`), so that
// no optional `;` competes with an empty item or statement.
macroInvocationItem: STMT? macroInvocation;

visItem
    : module_               # ModuleItem
    | externCrate           # ExternCrateItem
    | useDeclaration        # UseItem
    | function_             # FunctionItem
    | typeAlias             # TypeAliasItem
    | struct_               # StructItem
    | enum_                 # EnumItem
    | union_                # UnionItem
    | const_                # ConstItem
    | static_               # StaticItem
    | trait_                # TraitItem
    | impl_                 # ImplItem
    | externBlock           # ExternBlockItem
    | macroRules            # MacroRulesItem
    ;

module_: UNSAFE? MOD identifier (SEMI | LBRACE innerAttribute* item* RBRACE);

externCrate: EXTERN CRATE (identifier | SELFVALUE) (AS (identifier | UNDERSCORE))? SEMI;

useDeclaration: USE useTree SEMI;

useTree
    : (simplePath? PATHSEP)? STAR                                                   # GlobUseTree
    | (simplePath? PATHSEP)? LBRACE (useTree (COMMA useTree)* COMMA?)? RBRACE       # GroupUseTree
    | simplePath (AS (identifier | UNDERSCORE))?                                    # SimpleUseTree
    ;

function_:
    functionQualifiers FN identifier genericParams? LPAREN functionParameters? RPAREN functionReturnType?
    whereClause? (block | SEMI);

functionQualifiers: DEFAULT? CONST? ASYNC? (UNSAFE | SAFE)? (EXTERN abi?)?;

abi: STRING_LITERAL | RAW_STRING_LITERAL;

functionParameters: functionParameter (COMMA functionParameter)* COMMA?;

functionParameter
    : outerAttribute* selfParameter
    | outerAttribute* pattern COLON (type_ | DOTDOTDOT)
    | outerAttribute* DOTDOTDOT
    ;

// `self`, `mut self`, `&self`, `&'a mut self`, `self: Pin<&mut Self>`.
selfParameter: ((AND | ANDAND) LIFETIME?)? MUT? SELFVALUE (COLON type_)?;

functionReturnType: RARROW type_;

typeAlias:
    DEFAULT? TYPE identifier genericParams? (COLON typeParamBounds?)? whereClause? (EQ type_ whereClause?)? SEMI;

struct_
    : STRUCT identifier genericParams?
      ( whereClause? (LBRACE structFields? RBRACE | SEMI)
      | LPAREN tupleFields? RPAREN whereClause? SEMI
      )
    ;

structFields: structField (COMMA structField)* COMMA?;

structField: outerAttribute* visibility? UNSAFE? identifier COLON type_ (EQ expression)?;

tupleFields: tupleField (COMMA tupleField)* COMMA?;

tupleField: outerAttribute* visibility? type_;

enum_: ENUM identifier genericParams? whereClause? LBRACE enumVariants? RBRACE;

enumVariants: enumVariant (COMMA enumVariant)* COMMA?;

enumVariant:
    outerAttribute* visibility? identifier (LBRACE structFields? RBRACE | LPAREN tupleFields? RPAREN)?
    (EQ expression)?;

union_: UNION identifier genericParams? whereClause? LBRACE structFields? RBRACE;

const_: DEFAULT? CONST (identifier | UNDERSCORE) COLON type_ (EQ expression)? SEMI;

static_: (SAFE | UNSAFE)? STATIC MUT? identifier COLON type_ (EQ expression)? SEMI;

trait_:
    UNSAFE? AUTO? TRAIT identifier genericParams? (COLON typeParamBounds?)? whereClause?
    ( LBRACE innerAttribute* associatedItem* RBRACE
    | EQ typeParamBounds whereClause? SEMI
    );

impl_:
    DEFAULT? UNSAFE? IMPL genericParams? CONST? NOT? type_ (FOR type_)? whereClause?
    LBRACE innerAttribute* associatedItem* RBRACE;

associatedItem
    : outerAttribute* (macroInvocationItem | visibility? associatedItemKind)
    | SEMI
    ;

associatedItemKind
    : typeAlias     # AssociatedType
    | const_        # AssociatedConst
    | function_     # AssociatedFunction
    ;

externBlock: UNSAFE? EXTERN abi? LBRACE innerAttribute* externalItem* RBRACE;

externalItem
    : outerAttribute* (macroInvocationItem | visibility? (static_ | function_ | typeAlias))
    | SEMI
    ;

// No `;` here: one after the body is an empty item of its own (rustc only wants it after `()` and `[]` bodies).
macroRules: MACRO_RULES NOT identifier delimTokenTree;

// ---------------------------------------------------------------------------------------------------------------
// Generics

genericParams: LT (genericParam (COMMA genericParam)* COMMA?)? GT;

genericParam: outerAttribute* (lifetimeParam | typeParam | constParam);

lifetimeParam: LIFETIME (COLON lifetimeBounds?)?;

lifetimeBounds: LIFETIME (PLUS LIFETIME)* PLUS?;

typeParam: identifier (COLON typeParamBounds?)? (EQ type_)?;

constParam: CONST identifier COLON type_ (EQ constValue)?;

whereClause: WHERE (whereClauseItem (COMMA whereClauseItem)* COMMA?)?;

whereClauseItem
    : LIFETIME COLON lifetimeBounds?                    # LifetimeWhereClauseItem
    | forLifetimes? type_ COLON typeParamBounds?        # TypeBoundWhereClauseItem
    ;

forLifetimes: FOR genericParams;

typeParamBounds: typeParamBound (PLUS typeParamBound)* PLUS?;

typeParamBound
    : LIFETIME                                                          # LifetimeBound
    | boundModifier? forLifetimes? typePath                             # TraitBound
    | LPAREN boundModifier? forLifetimes? typePath RPAREN               # ParenthesizedTraitBound
    | USE genericArgs                                                   # UseBound
    ;

// `?Sized`, `~const Trait`, `const Trait`, `async Fn`.
boundModifier: QUESTION | TILDE CONST | CONST | ASYNC;

// ---------------------------------------------------------------------------------------------------------------
// Types

type_
    : typePath (PLUS typeParamBounds)?                                  # PathType
    | qualifiedPathType (PATHSEP typePathSegment)+                      # QualifiedPathTypeRef
    | (AND | ANDAND) LIFETIME? MUT? type_                               # ReferenceType
    | STAR (CONST | MUT) type_                                          # RawPointerType
    | LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN                       # TupleOrParenthesizedType
    | LBRACK type_ (SEMI expression)? RBRACK                            # ArrayOrSliceType
    | NOT                                                               # NeverType
    | UNDERSCORE                                                        # InferredType
    | IMPL typeParamBounds                                              # ImplTraitType
    | DYN typeParamBounds                                               # TraitObjectType
    | forLifetimes? functionTypeQualifiers FN LPAREN functionPointerParameters? RPAREN (RARROW type_)?
                                                                        # FunctionPointerType
    | macroInvocation                                                   # MacroType
    ;

functionTypeQualifiers: UNSAFE? (EXTERN abi?)?;

functionPointerParameters: functionPointerParameter (COMMA functionPointerParameter)* COMMA?;

functionPointerParameter
    : outerAttribute* ((identifier | UNDERSCORE) COLON)? type_
    | outerAttribute* DOTDOTDOT
    ;

// The type after `as`. Every alternative ends in a token or in castType itself (see the header comment).
castType
    : castTypePath                                                      # CastPathType
    | qualifiedPathType (PATHSEP castTypePathSegment)+                  # CastQualifiedPathType
    | (AND | ANDAND) LIFETIME? MUT? castType                            # CastReferenceType
    | STAR (CONST | MUT) castType                                       # CastRawPointerType
    | LPAREN (type_ (COMMA type_)* COMMA?)? RPAREN                       # CastTupleOrParenthesizedType
    | LBRACK type_ (SEMI expression)? RBRACK                            # CastArrayOrSliceType
    | NOT                                                               # CastNeverType
    | UNDERSCORE                                                        # CastInferredType
    | IMPL castTypePath                                                 # CastImplTraitType
    | DYN castTypePath                                                  # CastTraitObjectType
    | forLifetimes? functionTypeQualifiers FN LPAREN functionPointerParameters? RPAREN (RARROW castType)?
                                                                        # CastFunctionPointerType
    ;

castTypePath: PATHSEP? castTypePathSegment (PATHSEP castTypePathSegment)*;

castTypePathSegment: pathIdentSegment (PATHSEP? genericArgs)?;

// ---------------------------------------------------------------------------------------------------------------
// Statements and blocks

block
@init { enterStructContext(true); }
    : LBRACE innerAttribute* statements? RBRACE
    ;
finally { exitStructContext(); }

// Right-recursive so that an expression without `;` can only come last (it is then the block's value).
statements
    : statement statements?                                 # StatementAndRest
    | outerAttribute* expression (SEMI statements?)?        # ExpressionAndRest
    ;

statement
    : SEMI                                                  # EmptyStmt
    | outerAttribute* visibility? visItem                   # ItemStmt
    | outerAttribute* STMT macroInvocation                  # MacroStmt
    | letStatement                                          # LetStmt
    | outerAttribute* STMT expressionWithBlock postfixSuffix* ((EQ | compoundAssignmentOperator) expression SEMI)?
                                                                    # BlockLikeStmt
    ;

// `match x { ... }.unwrap()` and `unsafe { ... }?` at the start of a statement keep going as one expression.
postfixSuffix
    : DOT AWAIT                                                         # AwaitSuffix
    | DOT pathExprSegment METHOD_LPAREN callArguments? RPAREN           # MethodCallSuffix
    | DOT identifier                                                    # FieldSuffix
    | DOT (INTEGER_LITERAL | FLOAT_LITERAL)                             # TupleIndexSuffix
    | QUESTION                                                          # TrySuffix
    ;

letStatement: outerAttribute* LET pattern (COLON type_)? (EQ expression (LET_ELSE block)?)? SEMI;

// ---------------------------------------------------------------------------------------------------------------
// Expressions, from the tightest binding to the loosest (the Rust Reference's precedence table).

expression
    : expression DOT AWAIT                                              # AwaitExpression
    | expression DOT pathExprSegment METHOD_LPAREN callArguments? RPAREN    # MethodCallExpression
    | expression DOT identifier                                         # FieldExpression
    | expression DOT (INTEGER_LITERAL | FLOAT_LITERAL)                  # TupleIndexExpression
    | expression LPAREN callArguments? RPAREN                           # CallExpression
    | expression LBRACK expression RBRACK                               # IndexExpression
    | expression QUESTION                                               # TryExpression
    | (MINUS | NOT | STAR) expression                                   # UnaryExpression
    | outerAttribute+ expression                                        # AttributedExpression
    | borrowOperator expression                                         # BorrowExpression
    | expression AS castType                                            # CastExpression
    | expression (STAR | SLASH | PERCENT) expression                    # MultiplicativeExpression
    | expression (PLUS | MINUS) expression                              # AdditiveExpression
    | expression shiftOperator expression                               # ShiftExpression
    | expression AND expression                                         # BitAndExpression
    | expression CARET expression                                       # BitXorExpression
    | expression OR expression                                          # BitOrExpression
    | expression comparisonOperator expression                          # ComparisonExpression
    | expression ANDAND expression                                      # LazyAndExpression
    | expression OROR expression                                        # LazyOrExpression
    // RangeFrom before Range: in `for i in 1.. {` the brace is the loop body, not the end of the range.
    | expression DOTDOT                                                 # RangeFromExpression
    | expression {rangeEndAllowed()}? (DOTDOT | DOTDOTEQ) expression    # RangeExpression
    | (DOTDOT | DOTDOTEQ) expression                                    # RangeToExpression
    | DOTDOT                                                            # RangeFullExpression
    | <assoc = right> expression EQ expression                          # AssignmentExpression
    | <assoc = right> expression compoundAssignmentOperator expression  # CompoundAssignmentExpression
    | RETURN expression?                                                # ReturnExpression
    | BREAK LIFETIME? expression?                                       # BreakExpression
    | CONTINUE LIFETIME?                                                # ContinueExpression
    | closure                                                           # ClosureExpression
    | literal                                                           # LiteralExpression
    | UNDERSCORE                                                        # UnderscoreExpression
    // `let` after `&&` in an if/while head (let chains). Its scrutinee takes the rest of the chain.
    | LET_CHAIN pattern EQ expression                                   # LetChainExpression
    // Before PathExpression: where `S { x }` could be either, the first alternative whose predicate holds wins.
    | {structLiteralAllowed()}? structLiteral                           # StructExpression
    | pathInExpression                                                  # PathExpression
    | qualifiedPathInExpression                                         # QualifiedPathExpression
    | macroInvocation                                                   # MacroInvocationExpression
    | tupleOrParenthesized                                              # TupleOrParenthesizedExpression
    | arrayLiteral                                                      # ArrayExpression
    | expressionWithBlock                                               # BlockLikeExpression
    ;

borrowOperator
    : (AND | ANDAND) MUT?
    | (AND | ANDAND) RAW (CONST | MUT)
    ;

shiftOperator
    : first = LT second = LT { checkJoined($first, $second); }
    | first = GT second = GT { checkJoined($first, $second); }
    ;

comparisonOperator
    : EQEQ
    | NE
    | LT
    | LE
    | GT
    | first = GT second = EQ { checkJoined($first, $second); }
    ;

compoundAssignmentOperator
    : PLUSEQ | MINUSEQ | STAREQ | SLASHEQ | PERCENTEQ | CARETEQ | ANDEQ | OREQ | SHLEQ
    | first = GT second = GT third = EQ { checkJoined($first, $second); checkJoined($second, $third); }
    ;

literal
    : CHAR_LITERAL
    | STRING_LITERAL
    | RAW_STRING_LITERAL
    | BYTE_LITERAL
    | BYTE_STRING_LITERAL
    | RAW_BYTE_STRING_LITERAL
    | C_STRING_LITERAL
    | RAW_C_STRING_LITERAL
    | INTEGER_LITERAL
    | FLOAT_LITERAL
    | TRUE
    | FALSE
    ;

callArguments
@init { enterStructContext(true); }
    : expression (COMMA expression)* COMMA?
    ;
finally { exitStructContext(); }

tupleOrParenthesized
@init { enterStructContext(true); }
    : LPAREN innerAttribute* (expression (COMMA expression)* COMMA?)? RPAREN
    ;
finally { exitStructContext(); }

arrayLiteral
@init { enterStructContext(true); }
    : LBRACK innerAttribute* arrayElements? RBRACK
    ;
finally { exitStructContext(); }

// `[a, b, c]` or `[value; count]`.
arrayElements: expression (SEMI expression | (COMMA expression)* COMMA?);

structLiteral
@init { enterStructContext(true); }
    : pathInExpression LBRACE innerAttribute* structLiteralFields? RBRACE
    ;
finally { exitStructContext(); }

structLiteralFields
    : structLiteralField (COMMA structLiteralField)* (COMMA structBase?)?
    | structBase
    ;

// `name: value`, `0: value` or the shorthand `name`.
structLiteralField: outerAttribute* (identifier | INTEGER_LITERAL) (COLON expression)?;

structBase: DOTDOT expression?;

closure:
    ASYNC? MOVE? (OROR | OR closureParameters? OR) (RARROW type_ block | expression);

closureParameters: closureParameter (COMMA closureParameter)* COMMA?;

closureParameter: outerAttribute* patternNoTopAlt (COLON type_)?;

expressionWithBlock
    : block                                                             # BlockExpression
    | UNSAFE block                                                      # UnsafeBlockExpression
    | CONST block                                                       # ConstBlockExpression
    | ASYNC MOVE? block                                                 # AsyncBlockExpression
    | loopLabel? LOOP block                                             # LoopExpression
    | loopLabel? WHILE condition block                                  # WhileExpression
    | loopLabel? FOR pattern IN scrutinee block                         # ForExpression
    | loopLabel block                                                   # LabeledBlockExpression
    | ifElse                                                            # IfExpression
    | MATCH scrutinee LBRACE innerAttribute* matchArms? RBRACE          # MatchExpression
    ;

loopLabel: LIFETIME COLON;

ifElse: IF condition block (ELSE (block | ifElse))?;

// The head of `if` / `while`: no struct literal at the top level.
condition
@init { enterStructContext(false); }
    : LET pattern EQ expression                                         # LetCondition
    | expression                                                        # ExpressionCondition
    ;
finally { exitStructContext(); }

// The head of `match` / `for`: no struct literal at the top level.
scrutinee
@init { enterStructContext(false); }
    : expression
    ;
finally { exitStructContext(); }

// Right-recursive: an arm whose body is not block-like needs a comma unless it is the last.
matchArms
@init { enterStructContext(true); }
    : matchArmHead STMT expressionWithBlock COMMA? matchArms?           # BlockBodyArm
    | matchArmHead expression (COMMA matchArms?)?                       # ExpressionBodyArm
    ;
finally { exitStructContext(); }

matchArmHead: outerAttribute* pattern matchArmGuard? FATARROW;

matchArmGuard: STMT? IF (LET pattern EQ)? expression;

// ---------------------------------------------------------------------------------------------------------------
// Patterns

pattern: OR? patternNoTopAlt (OR patternNoTopAlt)*;

patternNoTopAlt
    : rangePatternBound (DOTDOTEQ | DOTDOTDOT) rangePatternBound                 # InclusiveRangePattern
    | rangePatternBound DOTDOT rangePatternBound                                 # ExclusiveRangePattern
    | rangePatternBound DOTDOT                                                   # RangeFromPattern
    | DOTDOTEQ rangePatternBound                                                 # RangeToInclusivePattern
    | MINUS? literal                                                             # LiteralPattern
    | REF? MUT? identifier (AT patternNoTopAlt)?                                 # IdentifierPattern
    | UNDERSCORE                                                                 # WildcardPattern
    | DOTDOT                                                                     # RestPattern
    | (AND | ANDAND) MUT? patternNoTopAlt                                        # ReferencePattern
    | pathInExpression LBRACE innerAttribute* structPatternElements? RBRACE      # StructPattern
    | pathInExpression LPAREN patternList? RPAREN                                # TupleStructPattern
    | LPAREN patternList? RPAREN                                                 # TupleOrParenthesizedPattern
    | LBRACK patternList? RBRACK                                                 # SlicePattern
    // A lone identifier is an IdentifierPattern; the predicate says so before full-LL prediction has to find out.
    | {!loneIdentifierAhead()}? pathInExpression                                 # PathPattern
    | qualifiedPathInExpression                                                  # QualifiedPathPattern
    | macroInvocation                                                            # MacroPattern
    ;

rangePatternBound
    : MINUS? literal
    | pathInExpression
    | qualifiedPathInExpression
    ;

patternList: pattern (COMMA pattern)* COMMA?;

structPatternElements
    : structPatternField (COMMA structPatternField)* (COMMA structPatternEtCetera?)?
    | structPatternEtCetera
    ;

structPatternField
    : outerAttribute* (identifier | INTEGER_LITERAL) COLON pattern
    | outerAttribute* REF? MUT? identifier
    ;

structPatternEtCetera: outerAttribute* DOTDOT;
