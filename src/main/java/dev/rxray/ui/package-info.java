/**
 * The JavaFX desktop app: sample browser, code editor with live diagnostics, and analysis tabs.
 *
 * <p>This is the only package that imports {@code javafx}. It asks the {@code Pipeline} façade and the
 * {@code Highlighter} for everything it shows and never parses anything itself. File-side logic (atomic writes,
 * settings, recovery copies) lives in {@code dev.rxray.workspace}, which is free of JavaFX.
 *
 * <p>Threading invariant: the FX thread only moves results into views. Highlighting, parsing and the style
 * computation run on one background thread after a pause in typing; each result carries the buffer version it was
 * computed from and is dropped if the buffer has changed since. Style changes are applied only to lines whose
 * painting differs, in slices of a few milliseconds, so a keystroke is never stuck behind a whole-file restyle.
 *
 * <p>To add a view on the right, implement {@code SidePanel} and register it with one {@code sidePanels.add(...)}
 * line in {@code MainWindow}.
 */
package dev.rxray.ui;
