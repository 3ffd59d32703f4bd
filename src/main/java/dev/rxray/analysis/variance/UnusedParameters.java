package dev.rxray.analysis.variance;

import dev.rxray.syntax.Span;
import dev.rxray.syntax.tree.Generics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rustc's E0392 ("parameter is never used") and the {@code PhantomData} fields that fix it. Each fix's variance is
 * computed by the same {@link UseCollector} on the fix's own type, so the table cannot disagree with the solver.
 */
public final class UnusedParameters {

    private static final List<String> TYPE_FIXES = List.of("PhantomData<T>", "PhantomData<fn() -> T>",
            "PhantomData<fn(T)>", "PhantomData<*const T>", "PhantomData<fn(T) -> T>", "PhantomData<Cell<T>>");
    private static final List<String> LIFETIME_FIXES = List.of("PhantomData<&'a ()>", "PhantomData<fn(&'a ())>",
            "PhantomData<Cell<&'a ()>>");

    private UnusedParameters() {
    }

    static UnusedParameter error(TypeParameter p, boolean usedOnlyRecursively) {
        // rustc words only type parameters as "only used recursively"; a lifetime used only in the type's own
        // recursive uses is "never used", E0392 (recorded in samples/variance/unused_and_recursive.rs).
        boolean recursive = usedOnlyRecursively && p.kind() == ParamKind.TYPE;
        String what = p.kind() == ParamKind.LIFETIME ? "lifetime" : "type";
        String message = what + " parameter `" + p.name() + "` is " + (recursive ? "only used recursively"
                : "never used");
        // rustc gives the recursive case no error code.
        return new UnusedParameter(p.name(), p.kind(), recursive, recursive ? "" : "E0392", message, fixes(p));
    }

    /** The marker fields that would use {@code p}, with the variance each gives it. */
    public static List<PhantomFix> fixes(TypeParameter p) {
        if (p.kind() == ParamKind.CONST) {
            return List.of();
        }
        List<String> templates = p.kind() == ParamKind.LIFETIME ? LIFETIME_FIXES : TYPE_FIXES;
        List<PhantomFix> out = new ArrayList<>();
        for (String template : templates) {
            String text = p.kind() == ParamKind.LIFETIME ? template.replace("'a", p.name())
                    : template.replaceAll("\\bT\\b", p.name());
            TypeText.parse(text).ifPresent(type -> {
                TypeDeclaration alone = new TypeDeclaration(DeclKind.STRUCT, "__Fix", 0, List.of(p), List.of(),
                        Generics.none(new Span(0, 0, 1, 1, 1, 1)));
                Variance v = Variance.BIVARIANT;
                for (Use u : UseCollector.collect(type, alone, Map.of(), Map.of()).uses()) {
                    v = v.glb(u.variance());
                }
                out.add(new PhantomFix(text, v));
            });
        }
        return out;
    }
}
