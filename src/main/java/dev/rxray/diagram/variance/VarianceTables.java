package dev.rxray.diagram.variance;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.dropck.DropFacts;
import dev.rxray.analysis.dropck.DropGlue;
import dev.rxray.analysis.variance.FieldRow;
import dev.rxray.analysis.variance.ParamVariance;
import dev.rxray.analysis.variance.PhantomFix;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.analysis.variance.TypeVariance;
import dev.rxray.analysis.variance.UnusedParameter;
import dev.rxray.analysis.variance.Use;
import dev.rxray.analysis.variance.Variance;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.diagram.Badge;
import dev.rxray.diagram.DiagramId;
import dev.rxray.diagram.SourceLink;
import dev.rxray.diagram.TableCell;
import dev.rxray.diagram.TableColumn;
import dev.rxray.diagram.TableFigure;
import dev.rxray.diagram.TableRow;
import dev.rxray.diagram.Tone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One type's variance table. Body rows are the fields in declaration order (ids {@code f-<label>}), the footer is
 * the solved variance per parameter (id {@code result}); a field that does not mention a parameter shows a muted
 * dash, not {@code *}, so the eye finds the uses. Badges: Send, Sync, Unpin, drop glue, drop check, and one per E0392.
 */
public final class VarianceTables {

    /** The word under a cell whose field does not mention the column's parameter. */
    public static final String NOT_MENTIONED = "\u2014";

    private VarianceTables() {
    }

    public static TableFigure table(TypeReport report) {
        TypeVariance variance = report.variance();
        TypeDeclaration decl = report.declaration();
        List<TableColumn> columns = new ArrayList<>();
        for (ParamVariance pv : variance.params()) {
            String name = pv.param().name();
            columns.add(new TableColumn("p-" + DiagramId.from(name), name, pv.reason()));
        }
        List<TableRow> rows = new ArrayList<>();
        Set<String> rowIds = new HashSet<>();
        for (FieldRow row : variance.rows()) {
            List<TableCell> cells = new ArrayList<>();
            for (int i = 0; i < variance.params().size(); i++) {
                cells.add(fieldCell(row, i, variance.params().get(i).param()));
            }
            String id = unique(rowIds, "f-" + DiagramId.from(row.field().label()));
            rows.add(new TableRow(id, row.field().label(), row.field().text(), cells, SourceLink.NONE));
        }
        List<TableCell> result = variance.params().stream().map(pv -> resultCell(pv, variance.errors())).toList();
        String footerId = unique(rowIds, "result");
        List<TableRow> footer = variance.params().isEmpty() && rows.isEmpty() ? List.of()
                : List.of(new TableRow(footerId, "result", "", result, SourceLink.NONE));
        return new TableFigure(DiagramId.from(decl.name()), title(decl), "field", columns, rows, footer,
                badges(report));
    }

    /** {@code struct Holder<'a, T>}: the keyword, the name and the parameters as declared. */
    public static String title(TypeDeclaration decl) {
        String params = decl.params().isEmpty() ? ""
                : decl.params().stream().map(TypeParameter::name).collect(Collectors.joining(", ", "<", ">"));
        return decl.kind().keyword() + " " + decl.name() + params;
    }

    private static TableCell fieldCell(FieldRow row, int column, TypeParameter param) {
        Variance v = row.cells().get(column);
        List<Use> uses = row.uses().size() > column ? row.uses().get(column) : List.of();
        String field = "`" + row.field().quoted() + "`";
        if (uses.isEmpty()) {
            return new TableCell("", NOT_MENTIONED, Tone.MUTED, field + " does not mention `" + param.name() + "`");
        }
        String why = uses.stream().map(u -> "it " + u.route() + ": " + u.variance().word())
                .collect(Collectors.joining("; "));
        String tooltip = field + " is " + v.word() + " in `" + param.name() + "`: " + why;
        return new TableCell(v.symbol(), v.word(), Tones.of(v), tooltip);
    }

    private static TableCell resultCell(ParamVariance pv, List<UnusedParameter> errors) {
        Variance v = pv.variance();
        Optional<UnusedParameter> error = errors.stream().filter(e -> e.param().equals(pv.param().name()))
                .findFirst();
        if (error.isPresent()) {
            String reason = pv.reason().endsWith(".") ? pv.reason() : pv.reason() + ".";
            return new TableCell(v.symbol(), "unused", Tone.NO, reason + " " + errorText(error.get()));
        }
        return new TableCell(v.symbol(), v.word(), Tones.of(v), pv.reason());
    }

    private static List<Badge> badges(TypeReport report) {
        List<Badge> badges = new ArrayList<>();
        for (AutoTrait trait : AutoTrait.values()) {
            TraitAnswer answer = report.autoTraits().answer(trait);
            if (answer != null) {
                badges.add(new Badge("trait-" + DiagramId.from(trait.rustName()), trait.rustName(), answer.text(),
                        Tones.of(answer), answer.reason()));
            }
        }
        DropFacts drop = report.drop();
        DropGlue glue = drop.glue();
        Tone glueTone = switch (glue) {
            case DropGlue.Always a -> Tone.NEUTRAL;
            case DropGlue.Never n -> Tone.MUTED;
            case DropGlue.IfParams p -> Tone.CONDITIONAL;
        };
        badges.add(new Badge("drop-glue", "drop glue", glue.text(), glueTone, glue.reason()));
        badges.add(new Badge("drop-check", "drop check", dropCheckText(drop), Tone.NEUTRAL, dropCheckReason(drop)));
        for (UnusedParameter error : report.variance().errors()) {
            String code = error.code().isEmpty() ? "error" : error.code();
            badges.add(new Badge("error-" + DiagramId.from(error.param()), code + " " + error.param(),
                    error.recursive() ? "only used recursively" : "never used", Tone.NO, errorText(error)));
        }
        return badges;
    }

    private static String dropCheckText(DropFacts drop) {
        String owns = drop.owns().isEmpty() ? "owns nothing" : "owns " + String.join(", ", drop.owns());
        String text = drop.dropImpl() ? owns + "; Drop impl" : owns;
        return drop.usedAtDrop().isEmpty() ? text : text + "; at drop: " + String.join(", ", drop.usedAtDrop());
    }

    private static String dropCheckReason(DropFacts drop) {
        List<String> lines = new ArrayList<>();
        if (drop.dropImpl()) {
            lines.add("`" + drop.declaration().name() + "` implements Drop: every parameter must strictly outlive"
                    + " the value, because the destructor may use it.");
        }
        drop.reasons().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> lines.add(e.getKey() + ": " + e.getValue()));
        if (lines.isEmpty()) {
            lines.add("no type parameters to own");
        }
        if (!drop.usedAtDrop().isEmpty()) {
            lines.add("At drop, what " + String.join(", ", drop.usedAtDrop()) + " borrow must still be alive:"
                    + " a value dropped after it gives E0597.");
        } else if (drop.glue() instanceof dev.rxray.analysis.dropck.DropGlue.Never) {
            lines.add("Dropping it runs no code, so drop check never looks inside: borrows in it may end first.");
        }
        return String.join("\n", lines);
    }

    /** rustc's message and the marker fields that would fix it, one per line. */
    public static String errorText(UnusedParameter error) {
        StringBuilder text = new StringBuilder(error.message());
        for (PhantomFix fix : error.fixes()) {
            text.append("\nfix: add a field of type `").append(fix.field()).append("` (")
                    .append(fix.variance().word()).append(')');
        }
        return text.toString();
    }

    private static String unique(Set<String> ids, String id) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
