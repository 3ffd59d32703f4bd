package dev.rxray.analysis.variance;

import java.util.List;

/**
 * The variance of one declared type: per parameter in declaration order, the table of field contributions
 * behind it, and the E0392 errors rustc would give (a parameter whose variance stays bivariant).
 */
public record TypeVariance(TypeDeclaration declaration, List<ParamVariance> params, List<FieldRow> rows,
        List<UnusedParameter> errors, List<String> unknownTypes) {

    public TypeVariance {
        params = List.copyOf(params);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        unknownTypes = List.copyOf(unknownTypes);
    }

    /** rustc's {@code #[rustc_variance]} rendering: {@code ['a: +, T: o]}. */
    public String rustcNotation() {
        return "[" + String.join(", ", params.stream().map(p -> p.param().name() + ": " + p.variance().symbol())
                .toList()) + "]";
    }
}
