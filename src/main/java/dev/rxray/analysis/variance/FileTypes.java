package dev.rxray.analysis.variance;

import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.FieldDef;
import dev.rxray.syntax.tree.GenericParam;
import dev.rxray.syntax.tree.Generics;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Stmt;
import dev.rxray.syntax.tree.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nominal types a file declares and the impls it writes, found anywhere in the file (modules and function
 * bodies included), in source order.
 *
 * <p>Input: a syntax tree. Output: declarations keyed by name; when two declarations share a name (in different
 * modules) the first one answers lookups by name, since the analysis does no name resolution.
 */
public record FileTypes(List<TypeDeclaration> declarations, List<Item.Impl> impls) {

    private static final int MAX_DEPTH = 64;

    public FileTypes {
        declarations = List.copyOf(declarations);
        impls = List.copyOf(impls);
    }

    public static FileTypes collect(Crate crate) {
        List<TypeDeclaration> declarations = new ArrayList<>();
        List<Item.Impl> impls = new ArrayList<>();
        items(crate.items(), declarations, impls, 0);
        return new FileTypes(declarations, impls);
    }

    public Optional<TypeDeclaration> find(String name) {
        return declarations.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Lookup by name, first declaration wins. */
    public Map<String, TypeDeclaration> byName() {
        Map<String, TypeDeclaration> map = new LinkedHashMap<>();
        declarations.forEach(d -> map.putIfAbsent(d.name(), d));
        return map;
    }

    private static void items(List<Item> items, List<TypeDeclaration> out, List<Item.Impl> impls, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Item item : items) {
            switch (item) {
                case Item.Struct s -> out.add(declaration(DeclKind.STRUCT, s.name().name(), s.span().startLine(),
                        s.generics(), fields("", s.fields().fields())));
                case Item.Enum e -> out.add(declaration(DeclKind.ENUM, e.name().name(), e.span().startLine(),
                        e.generics(), variantFields(e.variants())));
                case Item.Union u -> out.add(declaration(DeclKind.UNION, u.name().name(), u.span().startLine(),
                        u.generics(), fields("", u.fields())));
                case Item.Impl impl -> impls.add(impl);
                case Item.Module m -> items(m.items(), out, impls, depth + 1);
                case Item.Function f -> f.body().ifPresent(b -> items(b.statements().stream()
                        .filter(st -> st instanceof Stmt.ItemDecl).map(st -> ((Stmt.ItemDecl) st).item()).toList(),
                        out, impls, depth + 1));
                default -> {
                }
            }
        }
    }

    private static TypeDeclaration declaration(DeclKind kind, String name, int line, Generics generics,
            List<FieldSite> fields) {
        List<TypeParameter> params = new ArrayList<>();
        for (GenericParam p : generics.params()) {
            params.add(switch (p) {
                case GenericParam.LifetimeParam l -> new TypeParameter(l.lifetime().name(), ParamKind.LIFETIME);
                case GenericParam.TypeParam t -> new TypeParameter(t.name().name(), ParamKind.TYPE);
                case GenericParam.ConstParam c -> new TypeParameter(c.name().name(), ParamKind.CONST);
            });
        }
        return new TypeDeclaration(kind, name, line, params, fields, generics);
    }

    private static List<FieldSite> variantFields(List<Variant> variants) {
        List<FieldSite> out = new ArrayList<>();
        for (Variant v : variants) {
            out.addAll(fields(v.name().name() + ".", v.fields().fields()));
        }
        return out;
    }

    private static List<FieldSite> fields(String prefix, List<FieldDef> defs) {
        List<FieldSite> out = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            FieldDef f = defs.get(i);
            String label = prefix + f.name().map(n -> n.name()).orElse(Integer.toString(i));
            out.add(new FieldSite(label, f.type(), RustText.of(f.type()), f.span().startLine()));
        }
        return out;
    }

}
