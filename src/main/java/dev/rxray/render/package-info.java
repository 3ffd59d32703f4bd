/**
 * The only package that talks to Graphviz (through graphviz-java): figures become DOT ({@link
 * dev.rxray.render.DotWriter}, written as text, with every label an escaped HTML-like table), layouts come back in
 * Graphviz's xdot format and are parsed into {@link dev.rxray.render.LaidOutGraph} for the interactive view ({@link
 * dev.rxray.render.LayoutService}), and {@link dev.rxray.render.Exporter} writes SVG (Graphviz's own), PNG and
 * vector PDF (painted from the same layout's drawing operations, the PDF with Apache PDFBox and embedded fonts) and
 * DOT, atomically ({@link dev.rxray.render.AtomicFiles}).
 *
 * <p>Invariants: every Graphviz call runs on the single thread of {@link dev.rxray.render.GraphvizRunner}, under a
 * time limit, and ends in a value ({@link dev.rxray.render.RenderOutcome}, {@link dev.rxray.render.LayoutOutcome},
 * {@link dev.rxray.render.ExportResult}), never an exception or a hang; the same figure, options and engine give
 * byte-identical DOT, SVG, PDF and PNG; an export either writes the whole file or leaves the target untouched.
 * No JavaFX here: the view in {@code dev.rxray.ui.diagram} draws a {@code LaidOutGraph} itself.
 */
package dev.rxray.render;
