package dev.rxray.cli;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.UnusedParameter;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesReport;
import java.io.PrintWriter;

/** The text form of the type facts in {@code analyze}: one block per struct, enum or union, in source order. */
final class TypesText {
    private TypesText() {
    }

    static void analysis(PrintWriter out, TypesReport report) {
        for (TypeReport t : report.types()) {
            out.printf("%d: %s %s %s%n", t.declaration().line(), t.declaration().kind().keyword(),
                    t.declaration().name(), t.variance().rustcNotation());
            for (UnusedParameter e : t.variance().errors()) {
                out.printf("    error%s: %s%n", e.code().isEmpty() ? "" : "[" + e.code() + "]", e.message());
            }
            StringBuilder traits = new StringBuilder("   ");
            for (AutoTrait a : AutoTrait.values()) {
                traits.append(' ').append(a.rustName()).append(": ").append(t.autoTraits().answer(a).text())
                        .append(';');
            }
            out.println(traits.substring(0, traits.length() - 1));
            out.printf("    drop glue: %s; owns for drop check: %s; must outlive its drop: %s%n",
                    t.drop().glue().text(),
                    t.drop().owns().isEmpty() ? "nothing" : String.join(", ", t.drop().owns()),
                    t.drop().usedAtDrop().isEmpty() ? "nothing" : String.join(", ", t.drop().usedAtDrop()));
        }
    }
}
