package dev.rxray.diagram.variance;

import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.TableFigure;
import dev.rxray.pipeline.PipelineResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the "variance" view exports: the types graph followed by every type's table, or one named type's table. The
 * order is the file's, so the same text always exports the same figures under the same ids.
 */
public final class VarianceFigures {

    private VarianceFigures() {
    }

    /** The graph of the file's types (when it has any) and then one table per type, in source order. */
    public static List<Figure> all(PipelineResult result) {
        TypesReport types = result.types();
        List<Figure> figures = new ArrayList<>();
        if (!types.types().isEmpty()) {
            figures.add(TypesGraph.graph(types));
        }
        types.types().stream().map(VarianceTables::table).forEach(figures::add);
        return List.copyOf(figures);
    }

    /** The table of the type called {@code name}; empty when the file declares no such struct, enum or union. */
    public static Optional<TableFigure> table(PipelineResult result, String name) {
        return result.types().type(name).map(VarianceTables::table);
    }

    /** The names a {@code --type} option accepts, for an error message. */
    public static List<String> typeNames(PipelineResult result) {
        return result.types().types().stream().map(TypeReport::declaration).map(d -> d.name()).toList();
    }
}
