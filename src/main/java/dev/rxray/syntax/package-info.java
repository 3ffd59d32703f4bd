/**
 * Source text to syntax tree: the lexer and parser generated from {@code grammar/*.g4}, the driver that runs them,
 * and the diagnostics they produce.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Parsing never fails: {@link dev.rxray.syntax.RustSyntax#parse} returns a tree holding every item that parsed
 *       plus a list of diagnostics, for any input, without throwing and without unbounded recursion.</li>
 *   <li>No ANTLR type leaves this package and its {@code tree} subpackage; the generated code lives in
 *       {@code dev.rxray.syntax.antlr}.</li>
 *   <li>Positions follow rustc: 1-based lines, 1-based columns counted in characters.</li>
 * </ul>
 */
package dev.rxray.syntax;
