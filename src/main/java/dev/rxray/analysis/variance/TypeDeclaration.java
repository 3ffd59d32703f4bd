package dev.rxray.analysis.variance;

import dev.rxray.syntax.tree.Generics;
import java.util.List;
import java.util.Optional;

/**
 * A struct, enum or union of the file, reduced to what the analyses need: its parameters in declaration order and
 * every field (all variants' fields, for an enum) with its type.
 */
public record TypeDeclaration(DeclKind kind, String name, int line, List<TypeParameter> params,
        List<FieldSite> fields, Generics generics) {

    public TypeDeclaration {
        params = List.copyOf(params);
        fields = List.copyOf(fields);
    }

    public Optional<TypeParameter> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public int indexOf(String paramName) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(paramName)) {
                return i;
            }
        }
        return -1;
    }

    public List<TypeParameter> lifetimes() {
        return params.stream().filter(p -> p.kind() == ParamKind.LIFETIME).toList();
    }

    /** Type and const parameters, which generic arguments other than lifetimes fill in order. */
    public List<TypeParameter> nonLifetimes() {
        return params.stream().filter(p -> p.kind() != ParamKind.LIFETIME).toList();
    }
}
