package dev.rxray.analysis.variance.chooser;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.ParamVariance;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.analysis.variance.Variance;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Nomicon's PhantomData table, computed: every candidate marker is put alone in a struct and run through the
 * variance, auto-trait and drop-check passes; the chooser then keeps the candidates that satisfy a {@link Wish},
 * simplest first (the candidates are listed from the plainest shape to the most contrived).
 */
public final class PhantomChooser {

    /** Marker shapes for a type parameter, written with {@code T}. */
    private static final List<String> TYPE_SHAPES = List.of("PhantomData<T>", "PhantomData<fn() -> T>",
            "PhantomData<fn(T)>", "PhantomData<fn(T) -> T>", "PhantomData<*const T>", "PhantomData<*mut T>",
            "PhantomData<Cell<T>>", "PhantomData<Box<T>>", "PhantomData<Rc<T>>",
            "PhantomData<Arc<T>>", "PhantomData<Mutex<T>>", "PhantomData<(T, *const ())>",
            "PhantomData<(T, Cell<()>)>", "PhantomData<(fn() -> T, *const ())>",
            "PhantomData<(fn(T), *const ())>", "PhantomData<(fn(T) -> T, *const ())>",
            "PhantomData<(T, PhantomPinned)>");
    /** Marker shapes for a lifetime parameter, written with {@code 'a}. */
    private static final List<String> LIFETIME_SHAPES = List.of("PhantomData<&'a ()>", "PhantomData<fn(&'a ())>",
            "PhantomData<Cell<&'a ()>>", "PhantomData<&'a mut ()>", "PhantomData<(&'a (), *const ())>",
            "PhantomData<(&'a (), Cell<()>)>");

    private static final String PRELUDE = "use std::cell::Cell;\nuse std::rc::Rc;\nuse std::sync::{Arc, Mutex};\n"
            + "use std::marker::{PhantomData, PhantomPinned};\n";

    private PhantomChooser() {
    }

    /** Tables already computed: the view asks again on every re-analysis, and a parameter's table never changes. */
    private static final java.util.Map<TypeParameter, List<PhantomCandidate>> TABLES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED_TABLES = 64;

    /** Every candidate marker for {@code param} with what it gives; empty for a const parameter. */
    public static List<PhantomCandidate> table(TypeParameter param) {
        List<PhantomCandidate> known = TABLES.get(param);
        if (known != null) {
            return known;
        }
        if (TABLES.size() >= CACHED_TABLES) {
            TABLES.clear();
        }
        List<PhantomCandidate> computed = compute(param);
        TABLES.put(param, computed);
        return computed;
    }

    private static List<PhantomCandidate> compute(TypeParameter param) {
        List<String> shapes = switch (param.kind()) {
            case TYPE -> TYPE_SHAPES;
            case LIFETIME -> LIFETIME_SHAPES;
            case CONST -> List.of();
        };
        List<String> markers = shapes.stream().map(s -> param.kind() == ParamKind.LIFETIME
                ? s.replace("'a", param.name()) : s.replaceAll("\\bT\\b", param.name())).distinct().toList();
        List<PhantomCandidate> out = new ArrayList<>();
        for (String marker : markers) {
            evaluate(param, marker).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The candidates for {@code param} that give everything {@code wish} asks, simplest first. */
    public static List<PhantomCandidate> choose(TypeParameter param, Wish wish) {
        return table(param).stream().filter(c -> satisfies(c, param, wish)).toList();
    }

    static boolean satisfies(PhantomCandidate c, TypeParameter param, Wish wish) {
        if (c.variance() != wish.variance()) {
            return false;
        }
        for (AutoTrait trait : AutoTrait.values()) {
            TraitDemand demand = wish.demand(trait);
            if (demand != TraitDemand.ANY && c.behaviour(trait, param.name()) != demand) {
                return false;
            }
        }
        return switch (wish.drop()) {
            case ANY -> true;
            case OWNS -> c.ownsForDropCheck();
            case DOES_NOT_OWN -> !c.ownsForDropCheck();
        };
    }

    /** Runs the passes on {@code struct Fixed<param> { marker: ... }}; empty when the marker does not parse. */
    public static Optional<PhantomCandidate> evaluate(TypeParameter param, String marker) {
        String source = PRELUDE + "struct Fixed<" + param.name() + "> { marker: " + marker + " }\n";
        TypesReport report = TypesAnalysis.run(RustSyntax.parse(SourceFile.of("marker.rs", source)).crate());
        Optional<TypeReport> fixed = report.type("Fixed");
        if (fixed.isEmpty() || fixed.get().variance().params().size() != 1
                || fixed.get().variance().rows().size() != 1) {
            return Optional.empty();
        }
        ParamVariance pv = fixed.get().variance().params().getFirst();
        boolean owns = param.kind() == ParamKind.TYPE && fixed.get().drop().owns().contains(param.name());
        return Optional.of(new PhantomCandidate(marker, pv.variance(), fixed.get().autoTraits().answers(), owns));
    }
}
