package dev.rxray.analysis.variance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Solves the variance of every parameter of every type of a file, as rustc does: each parameter starts bivariant,
 * every field's uses (from {@link UseCollector}) lower it with {@link Variance#glb}, and the whole file is iterated
 * until nothing changes, so self- and mutually recursive types reach the same fixed point as rustc's. Const
 * parameters are invariant whatever their uses, as in rustc.
 *
 * <p>Input: the file's declarations. Output: one {@link TypeVariance} per declaration, in source order, with a
 * reason per parameter, a contribution per field and the E0392 errors. Deterministic and total.
 */
public final class VarianceSolver {

    private VarianceSolver() {
    }

    public static List<TypeVariance> solve(FileTypes file) {
        Map<String, TypeDeclaration> byName = file.byName();
        Map<String, List<Variance>> table = fixedPoint(byName);
        List<TypeVariance> out = new ArrayList<>();
        for (TypeDeclaration d : file.declarations()) {
            out.add(explain(d, byName, table));
        }
        return out;
    }

    /**
     * The variance of the parameters of every type, keyed by type name, at the fixed point. A worklist re-solves a
     * type only when a type it mentions changed, so a long chain of types costs a pass per link, not per round.
     */
    static Map<String, List<Variance>> fixedPoint(Map<String, TypeDeclaration> byName) {
        Map<String, List<Variance>> table = new LinkedHashMap<>();
        long budget = 1_000;
        for (TypeDeclaration d : byName.values()) {
            table.put(d.name(), d.params().stream().map(VarianceSolver::start).toList());
            budget += 4L * (d.params().size() + 1);
        }
        Map<String, Set<String>> dependents = new HashMap<>();
        // Last declared first: types tend to mention types declared after them less often than before them, and
        // either order reaches the same fixed point.
        Deque<TypeDeclaration> work = new ArrayDeque<>(byName.values()).reversed();
        Set<String> queued = new HashSet<>(byName.keySet());
        while (!work.isEmpty() && budget-- > 0) {
            TypeDeclaration d = work.pollFirst();
            queued.remove(d.name());
            List<Variance> next = solveOnce(d, byName, table, dependents);
            if (!next.equals(table.get(d.name()))) {
                table.put(d.name(), next);
                for (String dependent : dependents.getOrDefault(d.name(), Set.of())) {
                    if (queued.add(dependent)) {
                        work.addLast(byName.get(dependent));
                    }
                }
            }
        }
        return table;
    }

    private static Variance start(TypeParameter p) {
        return p.kind() == ParamKind.CONST ? Variance.INVARIANT : Variance.BIVARIANT;
    }

    private static List<Variance> solveOnce(TypeDeclaration d, Map<String, TypeDeclaration> byName,
            Map<String, List<Variance>> table, Map<String, Set<String>> dependents) {
        List<Variance> result = new ArrayList<>(d.params().stream().map(VarianceSolver::start).toList());
        for (FieldSite f : d.fields()) {
            UseCollector c = UseCollector.collect(f.type(), d, byName, table);
            c.referenced().forEach(r -> dependents.computeIfAbsent(r, k -> new HashSet<>()).add(d.name()));
            for (Use u : c.uses()) {
                int i = d.indexOf(u.param());
                if (i >= 0 && d.params().get(i).kind() != ParamKind.CONST) {
                    result.set(i, result.get(i).glb(u.variance()));
                }
            }
        }
        return List.copyOf(result);
    }

    private static TypeVariance explain(TypeDeclaration d, Map<String, TypeDeclaration> byName,
            Map<String, List<Variance>> table) {
        int n = d.params().size();
        List<FieldRow> rows = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (FieldSite f : d.fields()) {
            UseCollector c = UseCollector.collect(f.type(), d, byName, table);
            unknown.addAll(c.unknown());
            List<Variance> cells = new ArrayList<>(Collections.nCopies(n, Variance.BIVARIANT));
            List<List<Use>> uses = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                uses.add(new ArrayList<>());
            }
            for (Use u : c.uses()) {
                int i = d.indexOf(u.param());
                if (i >= 0 && u.variance() != Variance.BIVARIANT) {
                    cells.set(i, cells.get(i).glb(u.variance()));
                    uses.get(i).add(u);
                }
            }
            rows.add(new FieldRow(f, cells, uses));
        }
        List<Variance> solved = table.get(d.name());
        if (solved == null || byName.get(d.name()) != d) {
            // A second declaration of a name already taken: solve it against the table of the first.
            solved = solveOnce(d, byName, table, new HashMap<>());
        }
        List<ParamVariance> params = new ArrayList<>();
        List<UnusedParameter> errors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TypeParameter p = d.params().get(i);
            Variance v = solved.get(i);
            boolean recursive = v == Variance.BIVARIANT && mentioned(d, p, byName);
            params.add(new ParamVariance(p, v, reason(d, p, i, v, rows, recursive)));
            if (v == Variance.BIVARIANT && p.kind() != ParamKind.CONST) {
                errors.add(UnusedParameters.error(p, recursive));
            }
        }
        return new TypeVariance(d, params, rows, errors, List.copyOf(unknown));
    }

    /** Whether the parameter appears in a field at all: with every type taken as invariant, any mention counts. */
    private static boolean mentioned(TypeDeclaration d, TypeParameter p, Map<String, TypeDeclaration> byName) {
        Map<String, List<Variance>> invariant = new LinkedHashMap<>();
        byName.values().forEach(t -> invariant.put(t.name(),
                Collections.nCopies(t.params().size(), Variance.INVARIANT)));
        return d.fields().stream().anyMatch(f -> UseCollector.collect(f.type(), d, byName, invariant).uses().stream()
                .anyMatch(u -> u.param().equals(p.name())));
    }

    private static Use best(FieldRow r, int i, Variance v) {
        return r.uses().get(i).stream().filter(x -> x.variance() == v).min(Comparator.comparingInt(
                VarianceSolver::rank)).orElse(r.uses().get(i).getFirst());
    }

    private static int rank(Use u) {
        return (u.path().stream().anyMatch(Step::fileType) ? 1000 : 0) + u.path().size();
    }

    private static String reason(TypeDeclaration d, TypeParameter p, int i, Variance v, List<FieldRow> rows,
            boolean recursive) {
        String name = "`" + p.name() + "`";
        if (p.kind() == ParamKind.CONST) {
            return name + " is invariant because it is a const parameter: a const argument has no subtypes, it "
                    + "must match exactly";
        }
        if (v == Variance.BIVARIANT) {
            return recursive
                    ? name + " is bivariant: it is only used in `" + d.name() + "`'s own recursive uses, which "
                    + "constrain nothing"
                    : name + " is bivariant: no field uses it";
        }
        // The most telling field first: one whose use does not go through the file's own (recursive) types,
        // then the one with the shortest route.
        List<FieldRow> same = rows.stream().filter(r -> r.cells().get(i) == v)
                .sorted(Comparator.comparingInt((FieldRow r) -> rank(best(r, i, v)))).toList();
        if (!same.isEmpty()) {
            FieldRow r = same.getFirst();
            Use u = best(r, i, v);
            String why = name + " is " + v.word() + " because field `" + r.field().quoted() + "` "
                    + u.route();
            if (same.size() > 1) {
                why += " (as " + (same.size() == 2 ? "does field " : "do fields ") + same.subList(1, same.size())
                        .stream().map(x -> "`" + x.field().label() + "`").collect(Collectors.joining(", ")) + ")";
            }
            return why;
        }
        // Invariant from one covariant and one contravariant use.
        FieldRow co = rows.stream().filter(r -> r.cells().get(i) == Variance.COVARIANT).findFirst().orElse(null);
        FieldRow contra = rows.stream().filter(r -> r.cells().get(i) == Variance.CONTRAVARIANT).findFirst()
                .orElse(null);
        if (co != null && contra != null) {
            return name + " is invariant because field `" + co.field().quoted() + "` uses it covariantly and field `"
                    + contra.field().quoted() + "` contravariantly";
        }
        return name + " is " + v.word() + " through the type's recursive uses";
    }
}
