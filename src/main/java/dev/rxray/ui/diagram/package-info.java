/**
 * JavaFX controls that draw figures: {@link dev.rxray.ui.diagram.DiagramView} draws a laid-out
 * {@link dev.rxray.diagram.GraphFigure} with JavaFX shapes (pan, zoom, fit, node and row callbacks), and
 * {@link dev.rxray.ui.diagram.TableFigureView} draws a {@link dev.rxray.diagram.TableFigure} as a grid with tooltips.
 * Every side tab exports through one {@link dev.rxray.ui.diagram.ExportDialog} (which of its figures, format, theme,
 * PNG scale, then where), generic over the tab's own kind of subject ({@link dev.rxray.ui.diagram.ExportSubjects},
 * {@link dev.rxray.ui.diagram.ExportPlan}), and copies through {@link dev.rxray.ui.diagram.DiagramClipboard}.
 *
 * <p>Invariants: the controls never lay out (positions come from {@code dev.rxray.render}, computed off the FX
 * thread) and never choose colours (a {@link dev.rxray.diagram.Theme} becomes CSS looked-up colours, see
 * {@link dev.rxray.ui.diagram.ThemeCss}); {@code applyHighlight} only toggles CSS pseudo-classes, so stepping and
 * hovering cost a restyle, not a relayout.
 */
package dev.rxray.ui.diagram;
