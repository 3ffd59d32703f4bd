package dev.rxray.diagram.variance;

import dev.rxray.analysis.variance.FieldRow;
import dev.rxray.analysis.variance.FieldSite;
import dev.rxray.analysis.variance.Step;
import dev.rxray.analysis.variance.TypeVariance;
import dev.rxray.analysis.variance.Use;
import dev.rxray.analysis.variance.Variance;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.diagram.DiagramId;
import dev.rxray.diagram.DiagramNode;
import dev.rxray.diagram.Direction;
import dev.rxray.diagram.EdgeKind;
import dev.rxray.diagram.Endpoint;
import dev.rxray.diagram.Field;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.NodeRole;
import dev.rxray.diagram.SourceLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The file's types as boxes (fields as rows, the solved variance as subtitle) and an edge from a type to every
 * file type one of its fields mentions. The edge label names the field and maps the user's parameters to the
 * variance they get through it ({@code inner: T o}); its kind, hence colour, is the meet of those variances; a
 * mention that carries none of the user's parameters ({@code plain: Bar<u8>}) is a plain edge labelled by the field.
 * Edges leave whole nodes, not rows: row ports make Graphviz route left-to-right edges around their own box.
 */
public final class TypesGraph {

    private TypesGraph() {
    }

    public static GraphFigure graph(TypesReport report) {
        GraphFigure.Builder builder = GraphFigure.builder("types").direction(Direction.LEFT_RIGHT);
        for (TypeReport type : report.types()) {
            TypeVariance v = type.variance();
            List<Field> fields = v.rows().stream().map(TypesGraph::field).toList();
            builder.node(new DiagramNode(nodeId(v.declaration().name()), VarianceTables.title(v.declaration()),
                    v.params().isEmpty() ? "" : v.rustcNotation(), NodeRole.TYPE, fields,
                    v.params().stream().map(p -> p.param().name() + ": " + p.reason())
                            .collect(Collectors.joining("\n")), SourceLink.NONE));
        }
        for (TypeReport user : report.types()) {
            TypeVariance v = user.variance();
            for (FieldRow fieldRow : v.rows()) {
                for (TypeReport used : report.types()) {
                    String usedName = used.declaration().name();
                    if (!mentions(fieldRow.field(), usedName)) {
                        continue;
                    }
                    Map<String, Variance> mapping = mapping(fieldRow, usedName);
                    Variance meet = mapping.values().stream().reduce(Variance.BIVARIANT, Variance::glb);
                    EdgeKind kind = mapping.isEmpty() ? EdgeKind.PLAIN : Tones.edge(meet);
                    String label = fieldRow.field().label() + (mapping.isEmpty() ? "" : ": " + mapping.entrySet()
                            .stream().map(e -> e.getKey() + " " + e.getValue().symbol())
                            .collect(Collectors.joining(", ")));
                    String tooltip = "`" + v.declaration().name() + "` uses `" + usedName + "` in `"
                            + fieldRow.field().quoted() + "`" + (mapping.isEmpty() ? ""
                            : ": " + mapping.entrySet().stream().map(e -> e.getKey() + " is " + e.getValue().word())
                            .collect(Collectors.joining(", ")) + " there");
                    builder.edge(Endpoint.node(nodeId(v.declaration().name())),
                            Endpoint.node(nodeId(usedName)), kind, label, tooltip);
                }
            }
        }
        return builder.build();
    }

    public static String nodeId(String typeName) {
        return "t-" + DiagramId.from(typeName);
    }

    private static Field field(FieldRow row) {
        List<String> mentioned = new ArrayList<>();
        for (int i = 0; i < row.uses().size(); i++) {
            if (!row.uses().get(i).isEmpty()) {
                mentioned.add(row.uses().get(i).getFirst().param() + " " + row.cells().get(i).symbol());
            }
        }
        return Field.of(row.field().label(), row.field().text()).withNote(String.join("  ", mentioned));
    }

    private static boolean mentions(FieldSite field, String typeName) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(typeName) + "(?![A-Za-z0-9_])")
                .matcher(field.text()).find();
    }

    /** Per parameter of the user, in declaration order, the meet of its uses that pass through {@code usedName}. */
    private static Map<String, Variance> mapping(FieldRow row, String usedName) {
        Map<String, Variance> mapping = new LinkedHashMap<>();
        List<Use> all = new ArrayList<>();
        row.uses().forEach(all::addAll);
        String mark = "`" + usedName + "`";
        for (Use use : all) {
            boolean through = use.path().stream().filter(Step::fileType).anyMatch(s -> s.what().startsWith(mark));
            if (through) {
                mapping.merge(use.param(), use.variance(), Variance::glb);
            }
        }
        return mapping;
    }
}
