package dev.rxray.diagram;

/** Something the render layer can lay out and export: a graph of nodes and edges, or a table. */
public sealed interface Figure permits GraphFigure, TableFigure {
    /** Deterministic id, used as the DOT graph name and in file names. */
    String id();

    /** Human title, shown above the figure in exports. */
    String title();
}
