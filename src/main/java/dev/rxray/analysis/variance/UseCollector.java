package dev.rxray.analysis.variance;

import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.FnPointerParam;
import dev.rxray.syntax.tree.GenericArg;
import dev.rxray.syntax.tree.GenericArgs;
import dev.rxray.syntax.tree.Lifetime;
import dev.rxray.syntax.tree.Path;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.Type;
import dev.rxray.syntax.tree.TypeBound;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every use of a declaration's parameters inside one type, with the variance of the position and the route
 * through the type constructors. This is rustc's constraint generation for one field: the position starts covariant
 * and each constructor composes its own variance with {@link Variance#xform}.
 *
 * <p>Input: the type, the parameters in scope, and the current variance of every declared type of the file (which
 * the solver refines to a fixed point). Output: the uses, in the order they are written. Lifetimes bound by a
 * {@code for<'x>} binder are not the declaration's and are skipped. Nesting deeper than {@value #MAX_DEPTH} is cut
 * off, so pathological input cannot exhaust the stack.
 */
final class UseCollector {

    static final int MAX_DEPTH = 300;

    private final TypeDeclaration scope;
    private final Map<String, TypeDeclaration> declared;
    private final Map<String, List<Variance>> current;
    private final List<Use> uses = new ArrayList<>();
    private final Deque<Step> route = new ArrayDeque<>();
    private final Set<String> bound = new HashSet<>();
    private final List<String> unknown = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();

    private UseCollector(TypeDeclaration scope, Map<String, TypeDeclaration> declared,
            Map<String, List<Variance>> current) {
        this.scope = scope;
        this.declared = declared;
        this.current = current;
    }

    static UseCollector collect(Type type, TypeDeclaration scope, Map<String, TypeDeclaration> declared,
            Map<String, List<Variance>> current) {
        UseCollector c = new UseCollector(scope, declared, current);
        c.type(type, Variance.COVARIANT, 0);
        return c;
    }

    List<Use> uses() {
        return List.copyOf(uses);
    }

    /** The file's types whose variance this type's answer depended on. */
    Set<String> referenced() {
        return Set.copyOf(referenced);
    }

    /** Names of paths that are neither parameters, declared types nor in the std table (assumed invariant). */
    List<String> unknown() {
        return List.copyOf(unknown);
    }

    private void type(Type type, Variance v, int depth) {
        if (depth > MAX_DEPTH || v == Variance.BIVARIANT) {
            return;
        }
        switch (type) {
            case Type.Paren p -> type(p.type(), v, depth + 1);
            case Type.Reference r -> {
                r.lifetime().ifPresent(l -> under("the lifetime of `&" + (r.mutable() ? "mut" : "") + "`",
                        Variance.COVARIANT, () -> lifetime(l, v)));
                Variance inner = r.mutable() ? Variance.INVARIANT : Variance.COVARIANT;
                under(r.mutable() ? "`&mut`" : "`&`", inner, () -> type(r.type(), v.xform(inner), depth + 1));
            }
            case Type.RawPointer p -> {
                Variance inner = p.mutable() ? Variance.INVARIANT : Variance.COVARIANT;
                under(p.mutable() ? "`*mut`" : "`*const`", inner, () -> type(p.type(), v.xform(inner), depth + 1));
            }
            case Type.FnPointer f -> binding(f.forLifetimes(), () -> {
                for (FnPointerParam param : f.params()) {
                    under("an argument of `fn`", Variance.CONTRAVARIANT,
                            () -> type(param.type(), v.xform(Variance.CONTRAVARIANT), depth + 1));
                }
                f.returnType().ifPresent(ret -> under("the return of `fn`", Variance.COVARIANT,
                        () -> type(ret, v, depth + 1)));
            });
            case Type.Tuple t -> t.elements().forEach(e -> under("a tuple", Variance.COVARIANT,
                    () -> type(e, v, depth + 1)));
            case Type.Array a -> {
                under("an array `[_; N]`", Variance.COVARIANT, () -> type(a.element(), v, depth + 1));
                under("an array length", Variance.INVARIANT, () -> constExpr(a.length(), v));
            }
            case Type.Slice s -> under("a slice", Variance.COVARIANT, () -> type(s.element(), v, depth + 1));
            case Type.TraitObject o -> bounds(o.bounds(), v, depth, "`dyn`");
            case Type.ImplTrait i -> bounds(i.bounds(), v.xform(Variance.INVARIANT), depth, "`impl Trait`");
            case Type.PathType p -> path(p.path(), v, depth);
            case Type.Never n -> {
            }
            case Type.Infer n -> {
            }
            case Type.Macro m -> {
            }
            case Type.Error e -> {
            }
        }
    }

    /** Trait objects: the trait's arguments are invariant, the object lifetime bound is covariant. */
    private void bounds(List<TypeBound> bounds, Variance v, int depth, String what) {
        for (TypeBound b : bounds) {
            switch (b) {
                case TypeBound.LifetimeBound l -> under("the lifetime bound of " + what, Variance.COVARIANT,
                        () -> lifetime(l.lifetime(), v));
                case TypeBound.TraitBound t -> binding(t.forLifetimes(), () -> under("the arguments of the trait `"
                                + t.path().lastName() + "` in " + what, Variance.INVARIANT,
                        () -> pathArgs(t.path(), v.xform(Variance.INVARIANT), depth)));
                case TypeBound.PreciseCapture c -> c.args().forEach(a -> arg(a, v.xform(Variance.INVARIANT), depth));
            }
        }
    }

    private void path(Path path, Variance v, int depth) {
        if (path.qualifiedSelf().isPresent()) {
            under("the projection `" + dev.rxray.syntax.tree.RustText.of(path) + "`", Variance.INVARIANT, () -> {
                type(path.qualifiedSelf().get().type(), v.xform(Variance.INVARIANT), depth + 1);
                path.qualifiedSelf().get().trait().ifPresent(t -> pathArgs(t, v.xform(Variance.INVARIANT), depth));
                pathArgs(path, v.xform(Variance.INVARIANT), depth);
            });
            return;
        }
        List<PathSegment> segments = path.segments();
        if (segments.isEmpty()) {
            return;
        }
        String first = segments.getFirst().name().name();
        Optional<TypeParameter> param = scope.param(first);
        if (param.isPresent() && !path.global()) {
            if (segments.size() == 1) {
                uses.add(new Use(param.get().name(), v, List.copyOf(route)));
            } else {
                under("the projection `" + dev.rxray.syntax.tree.RustText.of(path) + "`", Variance.INVARIANT, () -> {
                    uses.add(new Use(param.get().name(), v.xform(Variance.INVARIANT), List.copyOf(route)));
                    pathArgs(path, v.xform(Variance.INVARIANT), depth);
                });
            }
            return;
        }
        String name = path.lastName();
        PathSegment last = segments.getLast();
        if (segments.size() == 1 && name.equals("Self")) {
            name = scope.name();
        }
        TypeDeclaration user = declared.get(name);
        if (user != null) {
            referenced.add(user.name());
            List<Variance> vs = current.get(user.name());
            List<TypeParameter> lts = user.lifetimes();
            List<TypeParameter> rest = user.nonLifetimes();
            List<Variance> ltv = new ArrayList<>();
            List<Variance> restv = new ArrayList<>();
            for (int i = 0; i < user.params().size(); i++) {
                (user.params().get(i).kind() == ParamKind.LIFETIME ? ltv : restv).add(vs.get(i));
            }
            if (segments.size() == 1 && path.lastName().equals("Self") && last.args().isEmpty()) {
                for (int i = 0; i < user.params().size(); i++) {
                    TypeParameter p = user.params().get(i);
                    Variance pv = vs.get(i);
                    under("`Self`'s `" + p.name() + "`", pv, true,
                            () -> uses.add(new Use(p.name(), v.xform(pv), List.copyOf(route))));
                }
                return;
            }
            positional(last, v, depth, "`" + user.name() + "`", names(lts), ltv, names(rest), restv, true);
            return;
        }
        Optional<List<StdVarianceTable.StdParam>> std = StdVarianceTable.lookup(name);
        if (std.isPresent()) {
            List<String> ltn = new ArrayList<>();
            List<Variance> ltv = new ArrayList<>();
            List<String> restn = new ArrayList<>();
            List<Variance> restv = new ArrayList<>();
            for (StdVarianceTable.StdParam p : std.get()) {
                (p.lifetime() ? ltn : restn).add(p.name());
                (p.lifetime() ? ltv : restv).add(p.variance());
            }
            positional(last, v, depth, "`" + name + "`", ltn, ltv, restn, restv, false);
            return;
        }
        if (!StdVarianceTable.isPlain(name) && last.args().isPresent()) {
            unknown.add(name);
        }
        // An unknown generic type: nothing is known about its fields, so every argument is taken as invariant.
        under("`" + name + "` (not known to the analysis, taken as invariant)", Variance.INVARIANT,
                () -> pathArgs(path, v.xform(Variance.INVARIANT), depth));
    }

    private static List<String> names(List<TypeParameter> params) {
        return params.stream().map(TypeParameter::name).toList();
    }

    /** Lifetime arguments fill the lifetime parameters in order, the others the type and const parameters. */
    private void positional(PathSegment segment, Variance v, int depth, String owner, List<String> ltNames,
            List<Variance> ltVariance, List<String> names, List<Variance> variances, boolean fileType) {
        if (segment.args().isEmpty()) {
            return;
        }
        switch (segment.args().get()) {
            case GenericArgs.Angle angle -> {
                int lt = 0;
                int other = 0;
                for (GenericArg a : angle.args()) {
                    if (a instanceof GenericArg.LifetimeArg) {
                        int i = lt++;
                        Variance pv = i < ltVariance.size() ? ltVariance.get(i) : Variance.INVARIANT;
                        String pn = i < ltNames.size() ? ltNames.get(i) : "?";
                        under(owner(owner, pn, ltNames.size() + names.size()), pv, fileType,
                                () -> arg(a, v.xform(pv), depth));
                    } else {
                        int i = other++;
                        Variance pv = i < variances.size() ? variances.get(i) : Variance.INVARIANT;
                        String pn = i < names.size() ? names.get(i) : "?";
                        under(owner(owner, pn, ltNames.size() + names.size()), pv, fileType,
                                () -> arg(a, v.xform(pv), depth));
                    }
                }
            }
            case GenericArgs.Parenthesized p -> pathArgs(new Path(List.of(segment), segment.span()),
                    v.xform(Variance.INVARIANT), depth);
        }
    }

    /** Every generic argument of every segment, all at one variance. */
    private void pathArgs(Path path, Variance v, int depth) {
        for (PathSegment s : path.segments()) {
            if (s.args().isEmpty()) {
                continue;
            }
            switch (s.args().get()) {
                case GenericArgs.Angle angle -> angle.args().forEach(a -> arg(a, v, depth));
                case GenericArgs.Parenthesized p -> {
                    p.inputs().forEach(t -> type(t, v, depth + 1));
                    p.output().ifPresent(t -> type(t, v, depth + 1));
                }
            }
        }
    }

    private void arg(GenericArg arg, Variance v, int depth) {
        switch (arg) {
            case GenericArg.LifetimeArg l -> lifetime(l.lifetime(), v);
            case GenericArg.TypeArg t -> {
                Optional<TypeParameter> p = singleName(t.type()).flatMap(scope::param);
                if (p.isPresent() && p.get().kind() == ParamKind.CONST) {
                    uses.add(new Use(p.get().name(), Variance.INVARIANT, List.copyOf(route)));
                } else {
                    type(t.type(), v, depth + 1);
                }
            }
            case GenericArg.ConstArg c -> constExpr(c.value(), v);
            case GenericArg.Binding b -> type(b.type(), v.xform(Variance.INVARIANT), depth + 1);
            case GenericArg.Constraint c -> bounds(c.bounds(), v.xform(Variance.INVARIANT), depth, "a constraint");
        }
    }

    private void constExpr(Expr expr, Variance v) {
        if (v == Variance.BIVARIANT) {
            return;
        }
        if (expr instanceof Expr.PathExpr p && p.path().isSingleName()) {
            scope.param(p.path().lastName()).filter(tp -> tp.kind() == ParamKind.CONST)
                    .ifPresent(tp -> uses.add(new Use(tp.name(), Variance.INVARIANT, List.copyOf(route))));
        } else if (expr instanceof Expr.BlockExpr b) {
            b.block().tail().ifPresent(t -> constExpr(t, v));
        }
    }

    private void lifetime(Lifetime l, Variance v) {
        if (bound.contains(l.name())) {
            return;
        }
        scope.param(l.name()).filter(p -> p.kind() == ParamKind.LIFETIME)
                .ifPresent(p -> uses.add(new Use(p.name(), v, List.copyOf(route))));
    }

    private static Optional<String> singleName(Type t) {
        return t instanceof Type.PathType p && p.path().isSingleName()
                ? Optional.of(p.path().lastName()) : Optional.empty();
    }

    private void binding(List<Lifetime> lifetimes, Runnable body) {
        List<String> added = new ArrayList<>();
        for (Lifetime l : lifetimes) {
            if (bound.add(l.name())) {
                added.add(l.name());
            }
        }
        body.run();
        added.forEach(bound::remove);
    }

    private void under(String what, Variance v, Runnable body) {
        under(what, v, false, body);
    }

    /** {@code `Option`} for a one-parameter type, {@code `HashMap`'s `V`} when it has several. */
    private static String owner(String owner, String param, int params) {
        return params <= 1 ? owner : owner + "'s `" + param + "`";
    }

    private void under(String what, Variance v, boolean fileType, Runnable body) {
        route.addLast(new Step(what, v, fileType));
        body.run();
        route.removeLast();
    }
}
