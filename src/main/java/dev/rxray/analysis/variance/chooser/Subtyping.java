package dev.rxray.analysis.variance.chooser;

import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.ParamVariance;
import dev.rxray.analysis.variance.TypeVariance;
import dev.rxray.analysis.variance.Variance;
import dev.rxray.analysis.variance.facts.TypeReport;
import dev.rxray.analysis.variance.facts.TypesAnalysis;
import dev.rxray.analysis.variance.facts.TypesReport;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subtyping playground: can a value of type {@code given} ({@code Foo<'static>}) be used where
 * {@code expected} ({@code Foo<'a>}) is wanted? Both must instantiate the same type of the file. Each argument pair
 * must have the same shape up to lifetimes; every lifetime occurrence then needs a relation fixed by its variance,
 * which is the file type's variance for that parameter composed with the variance of the occurrence inside the
 * argument (found by running the passes on a probe struct holding the argument). Covariant: the given lifetime must
 * outlive the expected one; contravariant: the other way; invariant: the same; bivariant: nothing.
 * {@code 'static} outlives every lifetime; two different named lifetimes give a condition, not an answer.
 */
public final class Subtyping {

    private static final Pattern LIFETIME = Pattern.compile("'[A-Za-z_][A-Za-z0-9_]*");
    private static final String STATIC = "'static";

    private Subtyping() {
    }

    public static Verdict canUse(TypesReport report, String given, String expected) {
        Optional<Instance> g = Instance.parse(given);
        Optional<Instance> e = Instance.parse(expected);
        if (g.isEmpty() || e.isEmpty()) {
            return new Verdict.No(List.of("`" + (g.isEmpty() ? given : expected) + "` is not a type like `Foo<'a>`"));
        }
        if (!g.get().name().equals(e.get().name())) {
            return new Verdict.No(List.of("`" + g.get().name() + "` and `" + e.get().name()
                    + "` are different types: subtyping only relates instances of one type"));
        }
        Optional<TypeReport> type = report.type(g.get().name());
        if (type.isEmpty()) {
            return new Verdict.No(List.of("the file declares no struct, enum or union `" + g.get().name() + "`"));
        }
        TypeVariance variance = type.get().variance();
        List<ParamVariance> params = variance.params();
        if (g.get().args().size() != params.size() || e.get().args().size() != params.size()) {
            return new Verdict.No(List.of("`" + g.get().name() + "` takes " + params.size() + " argument(s): "
                    + variance.rustcNotation()));
        }
        List<String> reasons = new ArrayList<>();
        Set<String> bounds = new LinkedHashSet<>();
        boolean failed = false;
        for (int i = 0; i < params.size(); i++) {
            ParamVariance pv = params.get(i);
            String ga = g.get().args().get(i);
            String ea = e.get().args().get(i);
            if (ga.equals(ea)) {
                reasons.add("`" + pv.param().name() + "`: both are `" + ga + "`");
                continue;
            }
            if (!shape(ga).equals(shape(ea))) {
                reasons.add("`" + pv.param().name() + "`: `" + ga + "` and `" + ea + "` are different types, and"
                        + " only lifetimes can differ between a subtype and its supertype");
                failed = true;
                continue;
            }
            List<String> gl = lifetimes(ga);
            List<String> el = lifetimes(ea);
            List<Variance> inner = pv.param().kind() == ParamKind.LIFETIME ? List.of(Variance.COVARIANT)
                    : occurrenceVariances(ga);
            if (inner.size() != gl.size()) {
                reasons.add("`" + pv.param().name() + "`: the variance inside `" + ga + "` is unknown");
                failed = true;
                continue;
            }
            for (int k = 0; k < gl.size(); k++) {
                Variance v = pv.variance().xform(inner.get(k));
                String where = "`" + pv.param().name() + "` is " + pv.variance().word()
                        + (pv.param().kind() == ParamKind.LIFETIME ? "" : " and the lifetime sits in a "
                        + inner.get(k).word() + " position of `" + ga + "`") + ", so " + need(gl.get(k),
                        el.get(k), v);
                switch (relate(gl.get(k), el.get(k), v)) {
                    case Relation.Holds h -> reasons.add(where + ": " + h.why());
                    case Relation.Fails f -> {
                        reasons.add(where + ": " + f.why());
                        failed = true;
                    }
                    case Relation.Needs n -> {
                        reasons.add(where + ": needs " + String.join(" and ", n.bounds()));
                        bounds.addAll(n.bounds());
                    }
                }
            }
        }
        if (failed) {
            return new Verdict.No(reasons);
        }
        return bounds.isEmpty() ? new Verdict.Yes(reasons) : new Verdict.OnlyIf(List.copyOf(bounds), reasons);
    }

    private sealed interface Relation {
        record Holds(String why) implements Relation {
        }

        record Fails(String why) implements Relation {
        }

        record Needs(List<String> bounds) implements Relation {
        }
    }

    private static String need(String given, String expected, Variance v) {
        return switch (v) {
            case COVARIANT -> "the given " + given + " must outlive the expected " + expected;
            case CONTRAVARIANT -> "the expected " + expected + " must outlive the given " + given;
            case INVARIANT -> given + " and " + expected + " must be the same lifetime";
            case BIVARIANT -> "the lifetime is not constrained";
        };
    }

    private static Relation relate(String given, String expected, Variance v) {
        return switch (v) {
            case BIVARIANT -> new Relation.Holds("anything goes");
            case COVARIANT -> outlives(given, expected);
            case CONTRAVARIANT -> outlives(expected, given);
            case INVARIANT -> {
                if (given.equals(expected)) {
                    yield new Relation.Holds("the same lifetime");
                }
                Relation one = outlives(given, expected);
                Relation two = outlives(expected, given);
                if (one instanceof Relation.Fails || two instanceof Relation.Fails) {
                    yield new Relation.Fails("they must be equal, and " + given + " is not " + expected);
                }
                List<String> both = new ArrayList<>();
                if (one instanceof Relation.Needs(List<String> b1)) {
                    both.addAll(b1);
                }
                if (two instanceof Relation.Needs(List<String> b2)) {
                    both.addAll(b2);
                }
                yield new Relation.Needs(both);
            }
        };
    }

    /** Does {@code longer} outlive {@code shorter}? */
    private static Relation outlives(String longer, String shorter) {
        if (longer.equals(shorter)) {
            return new Relation.Holds("the same lifetime");
        }
        if (longer.equals(STATIC)) {
            return new Relation.Holds("'static outlives " + shorter);
        }
        if (shorter.equals(STATIC)) {
            return new Relation.Fails(longer + " does not outlive 'static");
        }
        return new Relation.Needs(List.of(longer + ": " + shorter));
    }

    private static String shape(String type) {
        return LIFETIME.matcher(type.replaceAll("\\s+", "")).replaceAll("'_");
    }

    private static List<String> lifetimes(String type) {
        List<String> out = new ArrayList<>();
        Matcher m = LIFETIME.matcher(type);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The variance of each lifetime occurrence of {@code type}, in order, from a probe struct run by the passes. */
    private static List<Variance> occurrenceVariances(String type) {
        Matcher m = LIFETIME.matcher(type);
        StringBuilder probe = new StringBuilder();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String name = "'l" + names.size();
            names.add(name);
            m.appendReplacement(probe, Matcher.quoteReplacement(name));
        }
        m.appendTail(probe);
        if (names.isEmpty()) {
            return List.of();
        }
        String source = "use std::cell::Cell;\nstruct Probe<" + String.join(", ", names) + "> { f: " + probe + " }\n";
        TypesReport report = TypesAnalysis.run(RustSyntax.parse(SourceFile.of("probe.rs", source)).crate());
        Optional<TypeReport> probeType = report.type("Probe");
        if (probeType.isEmpty()) {
            return List.of();
        }
        List<Variance> out = new ArrayList<>();
        for (String name : names) {
            out.add(probeType.get().variance().params().stream().filter(p -> p.param().name().equals(name))
                    .map(ParamVariance::variance).findFirst().orElse(Variance.INVARIANT));
        }
        return out;
    }

    /** {@code Foo<'a, T>}: a name and its top-level generic arguments. */
    record Instance(String name, List<String> args) {
        static Optional<Instance> parse(String text) {
            String t = text.strip();
            Matcher head = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*").matcher(t);
            if (!head.find()) {
                return Optional.empty();
            }
            String rest = t.substring(head.end());
            if (rest.isEmpty()) {
                return Optional.of(new Instance(head.group(1), List.of()));
            }
            if (!rest.startsWith("<") || !rest.endsWith(">")) {
                return Optional.empty();
            }
            List<String> args = new ArrayList<>();
            int depth = 0;
            StringBuilder current = new StringBuilder();
            String inner = rest.substring(1, rest.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                boolean arrow = c == '>' && i > 0 && inner.charAt(i - 1) == '-';
                if ((c == '<' || c == '(' || c == '[') && !arrow) {
                    depth++;
                } else if ((c == '>' && !arrow) || c == ')' || c == ']') {
                    depth--;
                    if (depth < 0) {
                        return Optional.empty();
                    }
                }
                if (c == ',' && depth == 0) {
                    args.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            if (depth != 0) {
                return Optional.empty();
            }
            if (!current.toString().isBlank()) {
                args.add(current.toString().strip());
            }
            return Optional.of(new Instance(head.group(1), args));
        }
    }
}
