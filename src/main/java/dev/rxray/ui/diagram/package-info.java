/**
 * JavaFX controls that draw figures: {@link dev.rxray.ui.diagram.DiagramView} draws a laid-out
 * {@link dev.rxray.diagram.GraphFigure} with JavaFX shapes (pan, zoom, fit, node and row callbacks), and
 * {@link dev.rxray.ui.diagram.TableFigureView} draws a {@link dev.rxray.diagram.TableFigure} as a grid with tooltips.
 *
 * <p>Invariants: the controls never lay out (positions come from {@code dev.rxray.render}, computed off the FX
 * thread) and never choose colours (a {@link dev.rxray.diagram.Theme} becomes CSS looked-up colours, see
 * {@link dev.rxray.ui.diagram.ThemeCss}); {@code applyHighlight} only toggles CSS pseudo-classes, so stepping and
 * hovering cost a restyle, not a relayout.
 */
package dev.rxray.ui.diagram;
