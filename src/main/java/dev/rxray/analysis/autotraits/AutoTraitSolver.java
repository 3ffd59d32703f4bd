package dev.rxray.analysis.autotraits;

import dev.rxray.analysis.variance.FieldSite;
import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.syntax.tree.GenericArg;
import dev.rxray.syntax.tree.GenericArgs;
import dev.rxray.syntax.tree.GenericParam;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Type;
import dev.rxray.syntax.tree.TypeBound;
import dev.rxray.syntax.tree.WherePredicate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Send, Sync and Unpin of every type of a file. Auto traits are structural: a type has one when every field has
 * it, so each type's answer is the meet of its fields' answers ({@link TraitWalk}), unless the file writes an
 * explicit impl ({@code unsafe impl<T: Send> Send for Stack<T>}) or a negative one ({@code impl !Send for X}),
 * which then decides. Recursive types are solved to a fixed point starting from "yes", because rustc proves auto
 * traits coinductively (a cycle proves itself).
 *
 * <p>Input: the file's declarations and impls. Output: one {@link TypeAutoTraits} per declaration, in source order.
 */
public final class AutoTraitSolver {

    private AutoTraitSolver() {
    }

    public static List<TypeAutoTraits> solve(FileTypes file) {
        Map<String, TypeDeclaration> byName = file.byName();
        Map<String, Map<AutoTrait, TraitAnswer>> answers = new LinkedHashMap<>();
        for (TypeDeclaration d : byName.values()) {
            Map<AutoTrait, TraitAnswer> start = new EnumMap<>(AutoTrait.class);
            for (AutoTrait t : AutoTrait.values()) {
                start.put(t, new TraitAnswer.Yes(""));
            }
            answers.put(d.name(), start);
        }
        // A worklist: a type is re-answered only when a type it mentions changed its answer.
        Map<String, Set<String>> dependents = new HashMap<>();
        Deque<TypeDeclaration> work = new ArrayDeque<>(byName.values()).reversed();
        Set<String> queued = new HashSet<>(byName.keySet());
        long budget = 1_000 + 8L * byName.values().stream().mapToInt(d -> d.params().size() + 1).sum();
        while (!work.isEmpty() && budget-- > 0) {
            TypeDeclaration d = work.pollFirst();
            queued.remove(d.name());
            boolean changed = false;
            for (AutoTrait t : AutoTrait.values()) {
                TraitAnswer next = answer(d, t, file, byName, answers, dependents);
                if (!next.compact().equals(answers.get(d.name()).get(t).compact())) {
                    changed = true;
                }
                answers.get(d.name()).put(t, next);
            }
            if (changed) {
                for (String dependent : dependents.getOrDefault(d.name(), Set.of())) {
                    if (queued.add(dependent)) {
                        work.addLast(byName.get(dependent));
                    }
                }
            }
        }
        List<TypeAutoTraits> out = new ArrayList<>();
        for (TypeDeclaration d : file.declarations()) {
            Map<AutoTrait, TraitAnswer> own = new EnumMap<>(AutoTrait.class);
            for (AutoTrait t : AutoTrait.values()) {
                own.put(t, answer(d, t, file, byName, answers, new HashMap<>()));
            }
            out.add(new TypeAutoTraits(d, own));
        }
        return out;
    }

    /**
     * Evaluates a concrete type ({@code Wrapper<Rc<u8>>}) against the file's solved types: each trait yes or no
     * (or unknown), with the reason.
     */
    public static Map<AutoTrait, TraitAnswer> evaluate(Type type, FileTypes file, List<TypeAutoTraits> solved) {
        return evaluate(type, file, solved, Map.of());
    }

    /**
     * The same, where {@code opaque} gives the answers of types that are not declared in the file but known
     * otherwise (a coroutine's future, whose auto traits the async analysis computed), by the name the type uses
     * for them. An answer that an opaque type decides carries that type's own reason too.
     */
    public static Map<AutoTrait, TraitAnswer> evaluate(Type type, FileTypes file, List<TypeAutoTraits> solved,
            Map<String, Map<AutoTrait, TraitAnswer>> opaque) {
        Map<String, Map<AutoTrait, TraitAnswer>> answers = new LinkedHashMap<>();
        for (TypeAutoTraits s : solved) {
            answers.putIfAbsent(s.declaration().name(), s.answers());
        }
        Map<String, TypeDeclaration> declared = new LinkedHashMap<>(file.byName());
        dev.rxray.syntax.Span nowhere = new dev.rxray.syntax.Span(0, 0, 1, 1, 1, 1);
        opaque.forEach((name, traits) -> {
            declared.put(name, new TypeDeclaration(dev.rxray.analysis.variance.DeclKind.STRUCT, name, 0, List.of(),
                    List.of(), dev.rxray.syntax.tree.Generics.none(nowhere)));
            answers.put(name, traits);
        });
        Map<AutoTrait, TraitAnswer> out = new EnumMap<>(AutoTrait.class);
        String subject = "`" + RustText.of(type) + "`";
        for (AutoTrait t : AutoTrait.values()) {
            TraitWalk walk = new TraitWalk(Optional.empty(), declared, answers);
            walk.walk(type, t, "it");
            TraitAnswer answer = walk.answer(t, subject, List.of());
            for (Map.Entry<String, Map<AutoTrait, TraitAnswer>> o : opaque.entrySet()) {
                TraitAnswer own = o.getValue().get(t);
                if (!(answer instanceof TraitAnswer.Yes) && answer.reason().contains("`" + o.getKey() + "`")
                        && !(own instanceof TraitAnswer.Yes)) {
                    answer = switch (answer) {
                        case TraitAnswer.No n -> new TraitAnswer.No(n.reason() + " (" + own.reason() + ")");
                        case TraitAnswer.Unknown u -> new TraitAnswer.Unknown(u.reason() + " (" + own.reason() + ")");
                        default -> answer;
                    };
                    break;
                }
            }
            out.put(t, answer);
        }
        return out;
    }

    private static TraitAnswer answer(TypeDeclaration d, AutoTrait trait, FileTypes file,
            Map<String, TypeDeclaration> byName, Map<String, Map<AutoTrait, TraitAnswer>> answers,
            Map<String, Set<String>> dependents) {
        Optional<TraitAnswer> explicit = explicit(d, trait, file);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        TraitWalk walk = new TraitWalk(Optional.of(d), byName, answers);
        for (FieldSite f : d.fields()) {
            walk.walk(f.type(), trait, "field `" + f.quoted() + "`");
        }
        walk.referenced.forEach(r -> dependents.computeIfAbsent(r, k -> new HashSet<>()).add(d.name()));
        return walk.answer(trait, "`" + d.name() + "`", d.params().stream().map(TypeParameter::name).toList());
    }

    /** The answer an impl written in the file gives, when there is one for all instantiations of the type. */
    private static Optional<TraitAnswer> explicit(TypeDeclaration d, AutoTrait trait, FileTypes file) {
        for (Item.Impl impl : file.impls()) {
            if (impl.trait().isEmpty() || !impl.trait().get().lastName().equals(trait.rustName())
                    || !(impl.selfType() instanceof Type.PathType self)
                    || !self.path().lastName().equals(d.name())) {
                continue;
            }
            String written = (impl.unsafe() ? "unsafe " : "") + "impl" + RustText.params(impl.generics()) + " "
                    + (impl.negative() ? "!" : "") + trait.rustName() + " for " + RustText.of(impl.selfType());
            if (impl.negative()) {
                return Optional.of(new TraitAnswer.No("`" + d.name() + "` is not " + trait.rustName()
                        + " because the file says so: `" + written + "`"));
            }
            Optional<Map<String, String>> mapping = parameterMapping(d, self.path().segments().getLast());
            if (mapping.isEmpty()) {
                continue;
            }
            Map<String, EnumSet<AutoTrait>> needs = new LinkedHashMap<>();
            for (GenericParam p : impl.generics().params()) {
                if (p instanceof GenericParam.TypeParam tp) {
                    autoBounds(tp.bounds()).forEach(a -> needs.computeIfAbsent(tp.name().name(),
                            k -> EnumSet.noneOf(AutoTrait.class)).add(a));
                }
            }
            for (WherePredicate w : impl.generics().where()) {
                if (w instanceof WherePredicate.BoundPredicate bp && bp.type() instanceof Type.PathType pt
                        && pt.path().isSingleName()) {
                    autoBounds(bp.bounds()).forEach(a -> needs.computeIfAbsent(pt.path().lastName(),
                            k -> EnumSet.noneOf(AutoTrait.class)).add(a));
                }
            }
            List<Requirement> requirements = new ArrayList<>();
            for (TypeParameter p : d.params()) {
                for (Map.Entry<String, String> e : mapping.get().entrySet()) {
                    if (e.getValue().equals(p.name()) && needs.containsKey(e.getKey())) {
                        requirements.add(new Requirement(p.name(), List.copyOf(needs.get(e.getKey()))));
                    }
                }
            }
            String because = " because the file implements it: `" + written + "`";
            return Optional.of(requirements.isEmpty()
                    ? new TraitAnswer.Yes("`" + d.name() + "` is " + trait.rustName() + because)
                    : new TraitAnswer.If(requirements, "`" + d.name() + "` is " + trait.rustName() + " only if "
                            + String.join(", ", requirements.stream().map(Requirement::text).toList()) + because));
        }
        return Optional.empty();
    }

    /** impl parameter name -> declaration parameter name, when the impl's self type is the generic type itself. */
    private static Optional<Map<String, String>> parameterMapping(TypeDeclaration d, PathSegment self) {
        Map<String, String> mapping = new LinkedHashMap<>();
        List<TypeParameter> others = d.nonLifetimes();
        int i = 0;
        if (self.args().isPresent() && self.args().get() instanceof GenericArgs.Angle angle) {
            for (GenericArg a : angle.args()) {
                if (a instanceof GenericArg.LifetimeArg) {
                    continue;
                }
                if (!(a instanceof GenericArg.TypeArg ta) || !(ta.type() instanceof Type.PathType pt)
                        || !pt.path().isSingleName() || i >= others.size()) {
                    return Optional.empty();
                }
                mapping.put(pt.path().lastName(), others.get(i++).name());
            }
        }
        return i == others.size() ? Optional.of(mapping) : Optional.empty();
    }

    private static List<AutoTrait> autoBounds(List<TypeBound> bounds) {
        List<AutoTrait> out = new ArrayList<>();
        for (TypeBound b : bounds) {
            if (b instanceof TypeBound.TraitBound tb && !tb.isMaybe()) {
                AutoTrait.ofRustName(tb.path().lastName()).ifPresent(out::add);
            }
        }
        return out;
    }
}
