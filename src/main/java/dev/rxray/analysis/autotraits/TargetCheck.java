package dev.rxray.analysis.autotraits;

import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.analysis.variance.StdVarianceTable;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.syntax.tree.Crate;
import dev.rxray.syntax.tree.FnPointerParam;
import dev.rxray.syntax.tree.GenericArg;
import dev.rxray.syntax.tree.GenericArgs;
import dev.rxray.syntax.tree.GenericParam;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.Path;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.Type;
import dev.rxray.syntax.tree.TypeBound;
import dev.rxray.syntax.tree.UseTree;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a target type against the file before it is evaluated, with rustc's errors: a name that is neither
 * declared, imported nor a std type the analysis knows ({@code E0425} "cannot find type `X` in this scope"), and a
 * type of the file given the wrong number of lifetime or generic arguments ({@code E0107}, in rustc's words:
 * "struct takes 2 generic arguments but 1 generic argument was supplied", "missing generics for struct `One`").
 * Leaving out every lifetime argument is accepted, as in a {@code let} type where rustc infers them.
 *
 * <p>Input: the parsed target and the file. Output: the first error in reading order, or empty.
 */
public final class TargetCheck {

    private static final int MAX_DEPTH = 200;
    /** Names in scope in every Rust 2021 file, beyond the std tables: the prelude's types and `Self`. */
    private static final Set<String> PRELUDE = Set.of("Option", "Result", "Vec", "String", "Box", "Self");

    private final FileTypes file;
    private final Set<String> named = new HashSet<>();
    private boolean glob;

    private TargetCheck(FileTypes file, Crate crate) {
        this.file = file;
        file.declarations().forEach(d -> named.add(d.name()));
        items(crate.items(), 0);
    }

    public static Optional<TargetError> check(TargetType target, FileTypes file, Crate crate) {
        return new TargetCheck(file, crate).type(target.type(), target, 0);
    }

    private void items(List<Item> items, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Item item : items) {
            switch (item) {
                case Item.TypeAlias a -> named.add(a.name().name());
                case Item.Trait t -> named.add(t.name().name());
                case Item.Module m -> {
                    named.add(m.name().name());
                    items(m.items(), depth + 1);
                }
                case Item.Use u -> use(u.tree(), depth);
                case Item.ExternCrate e -> named.add(e.rename().orElse(e.name()).name());
                default -> {
                }
            }
        }
    }

    private void use(UseTree tree, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        switch (tree) {
            case UseTree.Simple s -> named.add(s.rename().map(i -> i.name()).orElse(s.path().lastName()));
            case UseTree.Glob g -> glob = true;
            case UseTree.Nested n -> n.trees().forEach(t -> use(t, depth + 1));
        }
    }

    private Optional<TargetError> type(Type type, TargetType target, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        return switch (type) {
            case Type.PathType p -> path(p.path(), target, depth);
            case Type.Reference r -> type(r.type(), target, depth + 1);
            case Type.RawPointer r -> type(r.type(), target, depth + 1);
            case Type.Paren p -> type(p.type(), target, depth + 1);
            case Type.Array a -> type(a.element(), target, depth + 1);
            case Type.Slice s -> type(s.element(), target, depth + 1);
            case Type.Tuple t -> first(t.elements(), target, depth);
            case Type.FnPointer f -> {
                Optional<TargetError> e = first(f.params().stream().map(FnPointerParam::type).toList(), target, depth);
                yield e.isPresent() || f.returnType().isEmpty() ? e : type(f.returnType().get(), target, depth + 1);
            }
            case Type.TraitObject o -> bounds(o.bounds(), target, depth);
            case Type.ImplTrait i -> bounds(i.bounds(), target, depth);
            default -> Optional.empty();
        };
    }

    private Optional<TargetError> first(List<Type> types, TargetType target, int depth) {
        for (Type t : types) {
            Optional<TargetError> e = type(t, target, depth + 1);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** A trait's own name is not checked (traits from other crates are common); its arguments are. */
    private Optional<TargetError> bounds(List<TypeBound> bounds, TargetType target, int depth) {
        for (TypeBound b : bounds) {
            if (b instanceof TypeBound.TraitBound tb) {
                Optional<TargetError> e = args(tb.path().segments().getLast(), target, depth);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TargetError> path(Path path, TargetType target, int depth) {
        if (path.qualifiedSelf().isPresent()) {
            return type(path.qualifiedSelf().get().type(), target, depth + 1);
        }
        if (path.segments().isEmpty()) {
            return Optional.empty();
        }
        PathSegment last = path.segments().getLast();
        String name = last.name().name();
        int column = target.originalColumn(path.span().startColumn());
        if (path.segments().size() == 1 && !path.global()) {
            Optional<TypeDeclaration> user = file.find(name);
            if (user.isPresent()) {
                Optional<TargetError> arity = arity(user.get(), last, column);
                if (arity.isPresent()) {
                    return arity;
                }
            } else if (!known(name) && !glob) {
                return Optional.of(new TargetError("E0425", "cannot find type `" + name + "` in this scope", column));
            }
        }
        return args(last, target, depth);
    }

    private boolean known(String name) {
        return name.startsWith(TargetType.PLACEHOLDER) || named.contains(name) || PRELUDE.contains(name)
                || StdAutoTraitTable.lookup(List.of(name)).isPresent() || StdVarianceTable.lookup(name).isPresent()
                || StdVarianceTable.isPlain(name);
    }

    private Optional<TargetError> args(PathSegment segment, TargetType target, int depth) {
        if (segment.args().isEmpty()) {
            return Optional.empty();
        }
        return switch (segment.args().get()) {
            case GenericArgs.Angle angle -> {
                for (GenericArg a : angle.args()) {
                    Optional<TargetError> e = switch (a) {
                        case GenericArg.TypeArg t -> type(t.type(), target, depth + 1);
                        case GenericArg.Binding b -> type(b.type(), target, depth + 1);
                        default -> Optional.empty();
                    };
                    if (e.isPresent()) {
                        yield e;
                    }
                }
                yield Optional.empty();
            }
            case GenericArgs.Parenthesized p -> {
                Optional<TargetError> e = first(p.inputs(), target, depth);
                yield e.isPresent() || p.output().isEmpty() ? e : type(p.output().get(), target, depth + 1);
            }
        };
    }

    /** E0107 in rustc's words, for a type of the file. */
    private static Optional<TargetError> arity(TypeDeclaration d, PathSegment segment, int column) {
        int lifetimes = 0;
        int others = 0;
        if (segment.args().isPresent() && segment.args().get() instanceof GenericArgs.Angle angle) {
            for (GenericArg a : angle.args()) {
                switch (a) {
                    case GenericArg.LifetimeArg l -> lifetimes++;
                    case GenericArg.TypeArg t -> others++;
                    case GenericArg.ConstArg c -> others++;
                    default -> {
                    }
                }
            }
        }
        String kind = d.kind().keyword();
        int declaredLifetimes = d.lifetimes().size();
        if (lifetimes > 0 && lifetimes != declaredLifetimes) {
            return Optional.of(new TargetError("E0107", kind + " takes " + count(declaredLifetimes, "lifetime")
                    + " but " + supplied(lifetimes, "lifetime"), column));
        }
        int declared = 0;
        int defaults = 0;
        for (GenericParam p : d.generics().params()) {
            switch (p) {
                case GenericParam.TypeParam t -> {
                    declared++;
                    defaults += t.defaultType().isPresent() ? 1 : 0;
                }
                case GenericParam.ConstParam c -> {
                    declared++;
                    defaults += c.defaultValue().isPresent() ? 1 : 0;
                }
                default -> {
                }
            }
        }
        int required = declared - defaults;
        if (others == 0 && required > 0) {
            return Optional.of(new TargetError("E0107", "missing generics for " + kind + " `" + d.name() + "`",
                    column));
        }
        if (others < required) {
            return Optional.of(new TargetError("E0107", kind + " takes " + (defaults > 0 ? "at least " : "")
                    + count(required, "generic") + " but " + supplied(others, "generic"), column));
        }
        if (others > declared) {
            return Optional.of(new TargetError("E0107", kind + " takes " + (defaults > 0 ? "at most " : "")
                    + count(declared, "generic") + " but " + supplied(others, "generic"), column));
        }
        return Optional.empty();
    }

    private static String count(int n, String what) {
        return n + " " + what + " argument" + (n == 1 ? "" : "s");
    }

    private static String supplied(int n, String what) {
        return count(n, what) + (n == 1 ? " was" : " were") + " supplied";
    }
}
