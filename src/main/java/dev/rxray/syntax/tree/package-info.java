/**
 * The immutable syntax tree of one Rust source file, built from the parse by {@code TreeBuilder}.
 *
 * <h2>Families</h2>
 * <ul>
 *   <li>{@link dev.rxray.syntax.tree.Crate}: the file; its inner attributes and {@link dev.rxray.syntax.tree.Item}s.</li>
 *   <li>{@link dev.rxray.syntax.tree.Item}: functions, structs, enums, unions, traits, impls, type aliases, consts,
 *       statics, use declarations, modules, extern crates, extern blocks, {@code macro_rules!} definitions and item
 *       macros, each with its {@link dev.rxray.syntax.tree.Attribute}s (doc comments included) and
 *       {@link dev.rxray.syntax.tree.Visibility}.</li>
 *   <li>{@link dev.rxray.syntax.tree.Generics}: {@link dev.rxray.syntax.tree.GenericParam}s and the {@code where}
 *       clause's {@link dev.rxray.syntax.tree.WherePredicate}s; {@link dev.rxray.syntax.tree.TypeBound}s.</li>
 *   <li>{@link dev.rxray.syntax.tree.Type}, {@link dev.rxray.syntax.tree.Path} with
 *       {@link dev.rxray.syntax.tree.GenericArgs} / {@link dev.rxray.syntax.tree.GenericArg}.</li>
 *   <li>{@link dev.rxray.syntax.tree.Block}, {@link dev.rxray.syntax.tree.Stmt},
 *       {@link dev.rxray.syntax.tree.Expr}, {@link dev.rxray.syntax.tree.Pattern}.</li>
 *   <li>{@link dev.rxray.syntax.tree.MacroCall}: any macro invocation keeps its
 *       {@link dev.rxray.syntax.tree.TokenTree} (text, delimiter, span); for the standard macros whose arguments
 *       are expressions its {@link dev.rxray.syntax.tree.MacroArgs} also hold the parsed arguments and the
 *       variables captured by the format string, so later analyses see which variables a macro uses.</li>
 * </ul>
 * Each family is a sealed interface whose cases are records nested in it ({@code Expr.Binary}, {@code Item.Impl}),
 * so a {@code switch} over a family is checked for exhaustiveness by the compiler.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Immutable: records over unmodifiable lists. A new source text makes a new tree.</li>
 *   <li>Every node has a {@link dev.rxray.syntax.Span}, and lies inside its parent's span (a node's doc comments
 *       and attributes are inside its span too). A node that stands for something not written (private
 *       visibility, absent generics, a unit struct's body) has an empty span where it would have been. After a
 *       syntax error, {@code SpanRepair} clamps what recovery left outside its parent.</li>
 *   <li>No nulls: an optional child is an {@link java.util.Optional} (a record accessor is a return type), an
 *       absent list is empty.</li>
 *   <li>Syntax only: no name resolution, no types inferred, no desugaring. {@code Foo<N>} holds a type argument
 *       {@code N} even when {@code N} is a const; {@code x.0.1} is two tuple-index steps as the compiler reads it.</li>
 *   <li>Identifiers are kept as written: {@code r#type} is the name {@code type} with its raw flag.</li>
 *   <li>A part that did not parse is left out, or, where its parent needs it, stands as an {@code Error} node
 *       ({@code Expr.Error}, {@code Type.Error}, {@code Pattern.Error}) covering the text that failed.</li>
 *   <li>No node holds or exposes a parser-generator type. Only {@code TreeBuilder}'s entry point, which the
 *       parser driver calls, takes parse contexts, so code outside {@code dev.rxray.syntax} cannot reach it.</li>
 * </ul>
 * <h2>Code map</h2>
 * {@link dev.rxray.syntax.tree.TreeBuilder} is the entry point, called by the parser driver with the parse and its
 * token stream. It shares a {@code BuildState} among one builder per family: {@code ItemBuilder},
 * {@code ExprBuilder} (blocks and statements too), {@code PatternBuilder}, {@code TypeBuilder} (generics and
 * bounds), {@code PathBuilder} (identifiers, paths, generic arguments), {@code AttributeBuilder} (attributes and
 * visibility), {@code Trivia} (doc comments, which the lexer keeps off the parser's channel) and
 * {@code MacroBuilder}, which re-parses the arguments of the macros named in {@link StandardMacros} with the
 * grammar's entry rules and reads format strings with {@link FormatCaptures}. {@code Locator} turns tokens into
 * spans (the parser counts code points, spans count UTF-16 units). Where the grammar splits what Rust reads as one
 * (a {@code ;} after a braced macro or a block-like statement is an empty statement to the grammar, {@code 0.1} in
 * {@code x.0.1} is one token), the builder joins or splits it back.
 *
 * {@link dev.rxray.syntax.tree.TreePrinter} prints any node as stable indented text for golden tests;
 * {@link dev.rxray.syntax.tree.RustText} renders types, paths and generics back to Rust for labels.
 * Both walk deep trees without deep recursion.
 */
package dev.rxray.syntax.tree;
