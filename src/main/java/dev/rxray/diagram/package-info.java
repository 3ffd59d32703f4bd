/**
 * A neutral, immutable model of what to draw: state graphs ({@link dev.rxray.diagram.GraphFigure}), tables
 * ({@link dev.rxray.diagram.TableFigure}), their semantic roles and tones, the themes that turn roles into colours,
 * and {@link dev.rxray.diagram.Highlight}, the restyle layer that is kept apart from structure.
 *
 * <p>Invariants: no JavaFX and no Graphviz here; analyses build figures and never choose a colour; every id is
 * derived from a name ({@link dev.rxray.diagram.DiagramId}), every list keeps the order the builder gave, so the
 * same analysis result always gives an equal figure; a figure that refers to a missing node cannot be built.
 * Changing a {@link dev.rxray.diagram.Highlight} never changes a figure, so a view restyles without relayout.
 */
package dev.rxray.diagram;
