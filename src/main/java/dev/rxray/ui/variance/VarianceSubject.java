package dev.rxray.ui.variance;

import dev.rxray.ui.diagram.ExportSubjects;
import java.util.List;

/** The two figures the Variance tab draws, and so can copy or export. */
public enum VarianceSubject {
    /** The table of the type chosen in the picker. */
    TABLE,
    /** The graph of all the file's types. */
    GRAPH;

    /**
     * Both figures for the export dialog: the table is named for {@code typeName} and saved under its name, the
     * graph under the file's stem with {@code -types}.
     */
    static ExportSubjects<VarianceSubject> offered(String typeName, String fileStem, VarianceSubject preferred) {
        return new ExportSubjects<>("Export a variance diagram", List.of(values()), preferred,
                s -> s == TABLE ? "The table of " + typeName : "The graph of the file's types",
                s -> s == TABLE ? typeName : fileStem + "-types");
    }
}
