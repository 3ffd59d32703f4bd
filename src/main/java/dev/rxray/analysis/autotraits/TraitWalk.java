package dev.rxray.analysis.autotraits;

import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.syntax.tree.GenericArg;
import dev.rxray.syntax.tree.GenericArgs;
import dev.rxray.syntax.tree.Path;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Type;
import dev.rxray.syntax.tree.TypeBound;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides one auto trait for one type, structurally: references, pointers, fn pointers, tuples, arrays, slices and
 * trait objects by the language's rules, std types by {@link StdAutoTraitTable}, the file's own types by their
 * current answers (with the arguments substituted), the scope's parameters as requirements.
 *
 * <p>Input: a type, a trait, the parameters in scope (none for a concrete type), the answers for the file's types.
 * Output, accumulated over calls: the first reason for "never", the requirements per parameter (with the first
 * reason for each), or the first reason for "unknown".
 */
final class TraitWalk {

    private static final int MAX_DEPTH = 300;

    private final Optional<TypeDeclaration> scope;
    private final Map<String, TypeDeclaration> declared;
    private final Map<String, Map<AutoTrait, TraitAnswer>> answers;
    String never;
    String unknown;
    final Map<String, EnumSet<AutoTrait>> needs = new LinkedHashMap<>();
    final Map<String, String> needReasons = new LinkedHashMap<>();
    /** The file's types whose answers this walk used. */
    final Set<String> referenced = new java.util.HashSet<>();

    TraitWalk(Optional<TypeDeclaration> scope, Map<String, TypeDeclaration> declared,
            Map<String, Map<AutoTrait, TraitAnswer>> answers) {
        this.scope = scope;
        this.declared = declared;
        this.answers = answers;
    }

    /** Walks {@code type} for {@code trait}; {@code where} says where the type sits, for reasons. */
    void walk(Type type, AutoTrait trait, String where) {
        walk(type, trait, where, 0);
    }

    private void walk(Type type, AutoTrait trait, String where, int depth) {
        if (depth > MAX_DEPTH) {
            unknownBecause(where + " is nested too deeply to analyse");
            return;
        }
        String t = trait.rustName();
        switch (type) {
            case Type.Paren p -> walk(p.type(), trait, where, depth + 1);
            case Type.Reference r -> {
                if (trait == AutoTrait.UNPIN) {
                    return;
                }
                // &T is Send only when T is Sync (the referent is shared with the other thread); &mut T is Send
                // when T is Send, because the exclusive borrow moves with it.
                AutoTrait needed = !r.mutable() ? AutoTrait.SYNC : trait;
                walk(r.type(), needed, where + " behind `" + (r.mutable() ? "&mut" : "&") + "` (which is " + t
                        + " only if its target is " + needed.rustName() + ")", depth + 1);
            }
            case Type.RawPointer p -> {
                if (trait != AutoTrait.UNPIN) {
                    neverBecause(where + " holds a raw pointer `" + RustText.of(p) + "`, which is never " + t);
                }
            }
            case Type.FnPointer f -> {
            }
            case Type.Never n -> {
            }
            case Type.Tuple tu -> tu.elements().forEach(e -> walk(e, trait, where, depth + 1));
            case Type.Array a -> walk(a.element(), trait, where, depth + 1);
            case Type.Slice s -> walk(s.element(), trait, where, depth + 1);
            case Type.TraitObject o -> {
                boolean listed = o.bounds().stream().anyMatch(b -> b instanceof TypeBound.TraitBound tb
                        && !tb.isMaybe() && tb.path().lastName().equals(t));
                if (!listed) {
                    neverBecause(where + " holds `" + RustText.of(o) + "`, whose auto traits are only those its "
                            + "bounds list, and " + t + " is not among them");
                }
            }
            case Type.ImplTrait i -> unknownBecause(where + " is an `impl Trait` type");
            case Type.Infer i -> unknownBecause(where + " is an inferred type `_`");
            case Type.Macro m -> unknownBecause(where + " is a macro type");
            case Type.Error e -> unknownBecause(where + " did not parse");
            case Type.PathType p -> path(p.path(), trait, where, depth);
        }
    }

    private void path(Path path, AutoTrait trait, String where, int depth) {
        String t = trait.rustName();
        if (path.segments().isEmpty()) {
            unknownBecause(where + " is the projection `" + RustText.of(path) + "`");
            return;
        }
        if (path.qualifiedSelf().isPresent()) {
            // `<T as Trait>::Assoc` of a parameter: the type has the trait exactly when the projection does, the
            // condition rustdoc's synthesized auto-trait impls also write (`where <I as Iterator>::Item: Send`).
            if (mentionsScopeParam(path.qualifiedSelf().get().type())) {
                need(RustText.of(path), trait, where + " holds the projection `" + RustText.of(path) + "`");
            } else {
                unknownBecause(where + " is the projection `" + RustText.of(path) + "`");
            }
            return;
        }
        String first = path.segments().getFirst().name().name();
        Optional<TypeParameter> param = scope.flatMap(s -> s.param(first));
        if (param.isPresent() && !path.global()) {
            if (path.segments().size() == 2 && param.get().kind() == ParamKind.TYPE) {
                // `T::Assoc`: the same projection, written as rustdoc writes it when one bound names the trait.
                String projection = qualified(first, path.segments().get(1).name().name());
                need(projection, trait, where + " holds the projection `" + projection + "`");
            } else if (path.segments().size() > 1) {
                unknownBecause(where + " is the projection `" + RustText.of(path) + "`");
            } else if (param.get().kind() == ParamKind.TYPE) {
                need(param.get().name(), trait, where + " holds `" + first + "`");
            }
            return;
        }
        String name = path.lastName();
        PathSegment last = path.segments().getLast();
        if (name.equals("Self") && path.segments().size() == 1 && scope.isPresent()) {
            TypeDeclaration self = scope.get();
            referenced.add(self.name());
            TraitAnswer a = answers.get(self.name()).get(trait);
            apply(a, self, self.nonLifetimes().stream().map(p -> Optional.<Type>empty()).toList(), trait, where,
                    depth, true);
            return;
        }
        TypeDeclaration user = declared.get(name);
        if (user != null) {
            referenced.add(user.name());
            apply(answers.get(user.name()).get(trait), user, typeArgs(last), trait, where, depth, false);
            return;
        }
        List<String> segments = path.segments().stream().map(s -> s.name().name()).toList();
        Optional<StdAutoTraitTable.Rules> rules = StdAutoTraitTable.lookup(segments);
        if (rules.isEmpty()) {
            unknownBecause(where + " holds `" + name + "`, which the analysis does not know");
            return;
        }
        String rule = rules.get().of(trait);
        List<Optional<Type>> args = typeArgs(last);
        switch (rule) {
            case "yes" -> {
            }
            case "no" -> neverBecause(where + " holds `" + name + "`, which is never " + t);
            case "all" -> {
                for (Optional<Type> a : args) {
                    a.ifPresent(ty -> walk(ty, trait, where + " inside `" + name + "` (" + t + " when its "
                            + "contents are)", depth + 1));
                }
            }
            default -> {
                for (String part : rule.split(",")) {
                    String[] indexAndTraits = part.split(":");
                    int index = Integer.parseInt(indexAndTraits[0]);
                    Optional<Type> arg = index < args.size() ? args.get(index) : Optional.empty();
                    if (arg.isEmpty()) {
                        unknownBecause(where + " holds `" + name + "` without its type argument");
                        continue;
                    }
                    for (String needed : indexAndTraits[1].split("\\+")) {
                        AutoTrait n = AutoTrait.ofRustName(needed).orElseThrow();
                        walk(arg.get(), n, where + " inside `" + name + "` (" + t + " only if its contents are "
                                + indexAndTraits[1].replace("+", " + ") + ")", depth + 1);
                    }
                }
            }
        }
    }

    /** A file type's answer, with its parameters' requirements carried over to the arguments written here. */
    private void apply(TraitAnswer answer, TypeDeclaration user, List<Optional<Type>> args, AutoTrait trait,
            String where, int depth, boolean identity) {
        String t = trait.rustName();
        switch (answer) {
            case TraitAnswer.Yes y -> {
            }
            case TraitAnswer.No n -> neverBecause(where + " holds `" + user.name() + "`, which is not " + t);
            case TraitAnswer.Unknown u -> unknownBecause(where + " holds `" + user.name() + "`, whose " + t
                    + " is unknown");
            case TraitAnswer.If i -> {
                List<TypeParameter> params = user.nonLifetimes();
                for (Requirement r : i.requirements()) {
                    for (AutoTrait needed : r.traits()) {
                        String via = where + " holds `" + user.name() + "` (" + t + " only if its `" + r.param()
                                + "` is " + needed.rustName() + ")";
                        if (identity) {
                            need(r.param(), needed, via);
                            continue;
                        }
                        int index = indexOf(params, r.param());
                        Optional<Type> arg = index >= 0 && index < args.size() ? args.get(index) : Optional.empty();
                        if (index < 0) {
                            unknownBecause(via + ", and the analysis does not resolve projections for the "
                                    + "arguments written here");
                        } else if (arg.isEmpty()) {
                            unknownBecause(via + ", and no argument is given for it");
                        } else {
                            walk(arg.get(), needed, via + " with `" + r.param() + "` = `" + RustText.of(arg.get())
                                    + "`, and that", depth + 1);
                        }
                    }
                }
            }
        }
    }

    /** Bounds that declare no associated type, so they never say which trait `T::Assoc` comes from. */
    private static final Set<String> NO_ASSOCIATED_TYPES = Set.of("Send", "Sync", "Unpin", "Sized", "Copy", "Clone",
            "Debug", "Display", "Default", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash");

    /** {@code <T as Trait>::Assoc} when exactly one bound of {@code T} can declare {@code Assoc}, else {@code T::Assoc}. */
    private String qualified(String param, String assoc) {
        Set<String> traits = new java.util.LinkedHashSet<>();
        for (dev.rxray.syntax.tree.GenericParam g : scope.get().generics().params()) {
            if (g instanceof dev.rxray.syntax.tree.GenericParam.TypeParam tp && tp.name().name().equals(param)) {
                tp.bounds().forEach(b -> traitOf(b).ifPresent(traits::add));
            }
        }
        for (dev.rxray.syntax.tree.WherePredicate w : scope.get().generics().where()) {
            if (w instanceof dev.rxray.syntax.tree.WherePredicate.BoundPredicate bp
                    && RustText.of(bp.type()).equals(param)) {
                bp.bounds().forEach(b -> traitOf(b).ifPresent(traits::add));
            }
        }
        traits.removeIf(t -> NO_ASSOCIATED_TYPES.contains(t.replaceAll("<.*", "")));
        return traits.size() == 1 ? "<" + param + " as " + traits.iterator().next() + ">::" + assoc
                : param + "::" + assoc;
    }

    private static Optional<String> traitOf(TypeBound bound) {
        return bound instanceof TypeBound.TraitBound tb && !tb.isMaybe() ? Optional.of(RustText.of(tb.path()))
                : Optional.empty();
    }

    private boolean mentionsScopeParam(Type type) {
        if (scope.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*")
                .matcher(RustText.of(type));
        while (m.find()) {
            Optional<TypeParameter> p = scope.get().param(m.group());
            if (p.isPresent() && p.get().kind() == ParamKind.TYPE) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<TypeParameter> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The type and const arguments of a segment, in order (lifetimes left out); an argument that is no type is empty. */
    private static List<Optional<Type>> typeArgs(PathSegment segment) {
        List<Optional<Type>> out = new ArrayList<>();
        if (segment.args().isPresent() && segment.args().get() instanceof GenericArgs.Angle angle) {
            for (GenericArg a : angle.args()) {
                switch (a) {
                    case GenericArg.TypeArg t -> out.add(Optional.of(t.type()));
                    case GenericArg.ConstArg c -> out.add(Optional.empty());
                    default -> {
                    }
                }
            }
        }
        return out;
    }

    private void need(String param, AutoTrait trait, String reason) {
        needs.computeIfAbsent(param, p -> EnumSet.noneOf(AutoTrait.class)).add(trait);
        needReasons.putIfAbsent(param + ":" + trait.rustName(), reason);
    }

    private void neverBecause(String reason) {
        if (never == null) {
            never = reason;
        }
    }

    private void unknownBecause(String reason) {
        if (unknown == null) {
            unknown = reason;
        }
    }

    /** The answer the walks so far add up to: never beats unknown beats requirements. */
    TraitAnswer answer(AutoTrait trait, String subject, List<String> order) {
        String t = trait.rustName();
        if (never != null) {
            return new TraitAnswer.No(subject + " is not " + t + " because " + never);
        }
        if (unknown != null) {
            return new TraitAnswer.Unknown(subject + "'s " + t + " is unknown because " + unknown);
        }
        if (needs.isEmpty()) {
            return new TraitAnswer.Yes(subject + " is " + t + ": every part of it is " + t);
        }
        List<Requirement> requirements = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // Parameters in declaration order, then the projections in the order the fields name them.
        List<String> keys = new ArrayList<>(order);
        needs.keySet().stream().filter(k -> !order.contains(k)).forEach(keys::add);
        for (String p : keys) {
            Set<AutoTrait> traits = needs.get(p);
            if (traits != null) {
                requirements.add(new Requirement(p, List.copyOf(EnumSet.copyOf(traits))));
                for (AutoTrait a : EnumSet.copyOf(traits)) {
                    reasons.add(needReasons.get(p + ":" + a.rustName()));
                }
            }
        }
        return new TraitAnswer.If(requirements, subject + " is " + t + " only if "
                + String.join(", ", requirements.stream().map(Requirement::text).toList()) + ", because "
                + String.join("; ", reasons));
    }
}
