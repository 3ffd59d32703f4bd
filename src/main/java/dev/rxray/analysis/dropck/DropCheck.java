package dev.rxray.analysis.dropck;

import dev.rxray.analysis.variance.FieldSite;
import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.syntax.tree.GenericArg;
import dev.rxray.syntax.tree.GenericArgs;
import dev.rxray.syntax.tree.Path;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drop check's view of every type of a file: which type parameters it owns (a value of the parameter may be
 * dropped with it, so borrowed data inside must outlive it), which lifetimes its drop may use, whether it has drop
 * glue, and whether the file implements {@code Drop} for it. This follows rustc's {@code dropck_outlives}: a type
 * with a {@code Drop} impl needs every generic argument alive; otherwise its fields are walked, {@code PhantomData<T>}
 * counts as a {@code T}, references, raw and {@code fn} pointers add nothing, and a trait object needs everything it
 * mentions alive. Checked against rustc by the {@code .dropck.golden} files ({@code needs_drop} and the borrow
 * checker's E0597).
 *
 * <p>Owning positions: by value, tuples, arrays, the std containers and smart pointers ({@code Box}, {@code Vec},
 * {@code Rc}, {@code Arc}, {@code Option}, {@code Cell}, {@code Mutex}, {@code OnceLock}...) and {@code PhantomData<T>}
 * (which exists to say "owns a T"). Not owning: {@code &T}, {@code &mut T}, raw pointers, {@code fn} pointers,
 * {@code NonNull}, {@code ManuallyDrop}, {@code MaybeUninit} (they never drop what they point to or hold) and
 * {@code Weak} (its drop frees the allocation but never drops a {@code T}, and it holds no {@code PhantomData<T>}).
 * The std guards ({@code MutexGuard}, {@code Ref}, ...) have {@code Drop} impls without {@code #[may_dangle]}, so
 * everything they borrow must be alive when they are dropped.
 *
 * <p>Input: the file's declarations and impls. Output: one {@link DropFacts} per declaration, in source order.
 * Recursive and mutually recursive types are solved to a fixed point.
 */
public final class DropCheck {

    private static final int MAX_DEPTH = 300;
    private static final Set<String> NOT_OWNING = Set.of("NonNull", "ManuallyDrop", "MaybeUninit");
    // Drop impls with `#[may_dangle]` on their parameters and a `PhantomData` of what they own (OnceLock's drop
    // runs even for a `u8`, so it has glue for every argument).
    private static final Set<String> HEAP = Set.of("String", "Vec", "VecDeque", "Box", "Rc", "Arc",
            "HashMap", "HashSet", "BTreeMap", "BTreeSet", "PathBuf", "OsString", "CString", "OnceLock");
    // Drop impls without `#[may_dangle]`: dropping one uses everything its arguments mention.
    private static final Set<String> GUARDS = Set.of("MutexGuard", "RwLockReadGuard", "RwLockWriteGuard", "Ref",
            "RefMut");
    private static final Set<String> STRUCTURAL = Set.of("Option", "Result", "Cell", "RefCell", "UnsafeCell",
            "OnceCell", "Mutex", "RwLock", "Pin", "Reverse", "Wrapping");
    private static final Pattern NAME = Pattern.compile("'?[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> NOTHING = Set.of("PhantomPinned", "str", "bool", "char", "u8", "u16", "u32",
            "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "Duration", "Instant",
            "AtomicBool", "AtomicUsize", "AtomicU64", "AtomicU32", "AtomicI32", "AtomicI64");

    private final FileTypes file;
    private final Map<String, TypeDeclaration> byName;
    private final Map<String, DropFacts> current = new HashMap<>();
    private final Map<String, Set<String>> dependents = new HashMap<>();

    private DropCheck(FileTypes file) {
        this.file = file;
        this.byName = file.byName();
    }

    public static List<DropFacts> analyse(FileTypes file) {
        DropCheck check = new DropCheck(file);
        check.solve();
        List<DropFacts> out = new ArrayList<>();
        for (TypeDeclaration d : file.declarations()) {
            out.add(check.byName.get(d.name()) == d ? check.current.get(d.name()) : check.compute(d));
        }
        return out;
    }

    /**
     * Starts every type with no glue and no ownership and re-computes a type whenever a type it mentions changed,
     * until nothing changes: both facts only grow, so this ends, and a cycle adds nothing new.
     */
    private void solve() {
        for (TypeDeclaration d : byName.values()) {
            current.put(d.name(), new DropFacts(d, false, new DropGlue.Never(""), List.of(), List.of(), Map.of()));
        }
        Deque<TypeDeclaration> work = new ArrayDeque<>(byName.values()).reversed();
        Set<String> queued = new HashSet<>(byName.keySet());
        long budget = 1_000 + 8L * byName.values().stream().mapToInt(d -> d.params().size() + 1).sum();
        while (!work.isEmpty() && budget-- > 0) {
            TypeDeclaration d = work.pollFirst();
            queued.remove(d.name());
            DropFacts next = compute(d);
            DropFacts old = current.put(d.name(), next);
            if (!next.owns().equals(old.owns()) || !next.lifetimes().equals(old.lifetimes())
                    || !next.glue().text().equals(old.glue().text())) {
                for (String dependent : dependents.getOrDefault(d.name(), Set.of())) {
                    if (queued.add(dependent)) {
                        work.addLast(byName.get(dependent));
                    }
                }
            }
        }
    }

    private DropFacts compute(TypeDeclaration d) {
        Walk walk = new Walk(d);
        for (FieldSite f : d.fields()) {
            walk.type(f.type(), true, true, "field `" + f.quoted() + "`", 0);
        }
        boolean dropImpl = file.impls().stream().anyMatch(i -> !i.negative() && i.trait().isPresent()
                && i.trait().get().lastName().equals("Drop") && i.selfType() instanceof Type.PathType p
                && p.path().lastName().equals(d.name()));
        String subject = "`" + d.name() + "`";
        DropGlue glue;
        if (dropImpl) {
            glue = new DropGlue.Always(subject + " has drop glue because the file implements `Drop` for it");
        } else if (walk.always != null) {
            glue = new DropGlue.Always(subject + " has drop glue because " + walk.always);
        } else if (!walk.glueParams.isEmpty()) {
            List<String> params = d.params().stream().map(TypeParameter::name).filter(walk.glueParams::containsKey)
                    .toList();
            glue = new DropGlue.IfParams(params, subject + " has drop glue only if "
                    + String.join(", ", params) + " needs drop, because "
                    + String.join("; ", params.stream().map(walk.glueParams::get).toList()));
        } else {
            glue = new DropGlue.Never(subject + " has no drop glue: no field needs dropping");
        }
        List<String> owns = new ArrayList<>();
        List<String> lifetimes = new ArrayList<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (TypeParameter p : d.params()) {
            if (p.kind() == ParamKind.LIFETIME) {
                String live = walk.live.get(p.name());
                if (live != null) {
                    lifetimes.add(p.name());
                    reasons.put(p.name(), "`" + p.name() + "` is used when the value is dropped: " + live);
                } else if (dropImpl) {
                    reasons.put(p.name(), "`" + p.name() + "` must outlive the value: the `Drop` impl may use it");
                } else {
                    reasons.put(p.name(), "`" + p.name() + "` is not used when the value is dropped: no field "
                            + "whose drop reads data of that lifetime");
                }
                continue;
            }
            if (p.kind() != ParamKind.TYPE) {
                continue;
            }
            String owned = walk.owned.get(p.name());
            if (owned != null) {
                owns.add(p.name());
                reasons.put(p.name(), "`" + p.name() + "` is owned for drop check: " + owned
                        + (dropImpl ? "; with the `Drop` impl, data `" + p.name() + "` borrows must strictly "
                        + "outlive the value" : ""));
            } else {
                reasons.put(p.name(), "`" + p.name() + "` is not owned for drop check: no field holds a `"
                        + p.name() + "` that would be dropped with the value");
            }
        }
        return new DropFacts(d, dropImpl, glue, owns, lifetimes, reasons);
    }

    /** One pass over a declaration's fields. */
    private final class Walk {
        private final TypeDeclaration scope;
        String always;
        final Map<String, String> glueParams = new LinkedHashMap<>();
        final Map<String, String> owned = new LinkedHashMap<>();
        final Map<String, String> live = new LinkedHashMap<>();

        Walk(TypeDeclaration scope) {
            this.scope = scope;
        }

        void type(Type type, boolean glue, boolean own, String where, int depth) {
            if (depth > MAX_DEPTH || (!glue && !own)) {
                return;
            }
            switch (type) {
                case Type.Paren p -> type(p.type(), glue, own, where, depth + 1);
                case Type.Tuple t -> t.elements().forEach(e -> type(e, glue, own, where, depth + 1));
                case Type.Array a -> type(a.element(), glue, own, where, depth + 1);
                case Type.Slice s -> type(s.element(), glue, own, where, depth + 1);
                case Type.TraitObject o -> {
                    if (glue) {
                        alwaysBecause(where + " holds a trait object, whose destructor is unknown");
                    }
                    if (own) {
                        usedByDrop(type, where + " holds `" + RustText.of(type) + "`, whose unknown destructor "
                                + "may use everything the type mentions");
                    }
                }
                case Type.PathType p -> path(p.path(), glue, own, where, depth);
                default -> {
                    // References, raw and fn pointers, `!`, `_`: nothing to drop, nothing owned.
                }
            }
        }

        private void path(Path path, boolean glue, boolean own, String where, int depth) {
            if (path.segments().isEmpty()) {
                return;
            }
            if (path.qualifiedSelf().isPresent()) {
                if (glue) {
                    alwaysBecause(where + " holds the projection `" + RustText.of(path)
                            + "`, which may need dropping");
                }
                if (own) {
                    usedByDrop(path, where + " holds the projection `" + RustText.of(path) + "`, whose drop may "
                            + "use everything it mentions");
                }
                return;
            }
            String first = path.segments().getFirst().name().name();
            Optional<TypeParameter> param = scope.param(first);
            if (param.isPresent() && param.get().kind() == ParamKind.TYPE && path.segments().size() == 1) {
                if (glue) {
                    glueParams.putIfAbsent(first, where + " holds a `" + first + "`");
                }
                if (own) {
                    owned.putIfAbsent(first, where + " holds a `" + first + "` by value");
                }
                return;
            }
            String name = path.lastName();
            PathSegment last = path.segments().getLast();
            List<Type> args = typeArgs(last);
            if (name.equals("PhantomData")) {
                args.forEach(a -> type(a, false, own, where + " through `PhantomData` (which owns its argument "
                        + "for drop check, and drops nothing)", depth + 1));
                return;
            }
            if (NOT_OWNING.contains(name) || NOTHING.contains(name)) {
                return;
            }
            if (GUARDS.contains(name)) {
                if (glue) {
                    alwaysBecause(where + " holds a `" + name + "`, which releases its lock or borrow when dropped");
                }
                if (own) {
                    usedByDrop(path, where + " holds `" + RustText.of(path) + "`, whose `Drop` impl uses what it "
                            + "borrows");
                }
                return;
            }
            if (name.equals("Weak")) {
                if (glue) {
                    alwaysBecause(where + " holds a `Weak`, which frees its allocation when dropped");
                }
                return;
            }
            TypeDeclaration user = byName.get(name);
            if (user != null || (name.equals("Self") && path.segments().size() == 1)) {
                TypeDeclaration target = user != null ? user : scope;
                dependents.computeIfAbsent(target.name(), k -> new HashSet<>()).add(scope.name());
                DropFacts facts = current.get(target.name());
                if (facts == null) {
                    return;
                }
                List<TypeParameter> params = target.nonLifetimes();
                if (glue) {
                    switch (facts.glue()) {
                        case DropGlue.Always a -> alwaysBecause(where + " holds `" + target.name()
                                + "`, which has drop glue");
                        case DropGlue.IfParams ip -> {
                            for (String p : ip.params()) {
                                int i = indexOf(params, p);
                                if (i >= 0 && i < args.size()) {
                                    type(args.get(i), true, false, where + " inside `" + target.name() + "`",
                                            depth + 1);
                                }
                            }
                        }
                        case DropGlue.Never n -> {
                        }
                    }
                }
                if (own && facts.dropImpl()) {
                    usedByDrop(path, where + " holds `" + RustText.of(path) + "`, whose `Drop` impl may use "
                            + "everything its arguments mention");
                } else if (own) {
                    for (String p : facts.owns()) {
                        int i = indexOf(params, p);
                        if (i >= 0 && i < args.size()) {
                            type(args.get(i), false, true, where + " inside `" + target.name() + "`", depth + 1);
                        }
                    }
                    List<String> lifetimeArgs = lifetimeArgs(last);
                    List<TypeParameter> targetLifetimes = target.lifetimes();
                    for (String l : facts.lifetimes()) {
                        int i = indexOf(targetLifetimes, l);
                        if (i >= 0 && i < lifetimeArgs.size()) {
                            String arg = lifetimeArgs.get(i);
                            if (scope.param(arg).isPresent()) {
                                live.putIfAbsent(arg, where + " holds `" + RustText.of(path) + "`, whose drop uses `"
                                        + l + "` = `" + arg + "`");
                            }
                        }
                    }
                }
                return;
            }
            if (HEAP.contains(name)) {
                if (glue) {
                    alwaysBecause(where + " holds a `" + name + "`, which frees memory when dropped");
                }
                args.forEach(a -> type(a, false, own, where + " inside `" + name + "`", depth + 1));
                return;
            }
            if (STRUCTURAL.contains(name)) {
                args.forEach(a -> type(a, glue, own, where + " inside `" + name + "`", depth + 1));
                return;
            }
            if (glue && last.args().isPresent()) {
                alwaysBecause(where + " holds `" + name + "`, which the analysis does not know (assumed to need "
                        + "dropping)");
            }
            args.forEach(a -> type(a, false, own, where + " inside `" + name + "`", depth + 1));
        }

        /** Everything a type mentions must be alive when it is dropped (rustc: the type "outlives" the drop). */
        private void usedByDrop(Object typeOrPath, String reason) {
            String text = typeOrPath instanceof Type t ? RustText.of(t) : RustText.of((Path) typeOrPath);
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                Optional<TypeParameter> p = scope.param(m.group());
                if (p.isPresent() && p.get().kind() == ParamKind.TYPE) {
                    owned.putIfAbsent(p.get().name(), reason);
                } else if (p.isPresent() && p.get().kind() == ParamKind.LIFETIME) {
                    live.putIfAbsent(p.get().name(), reason);
                }
            }
        }

        private void alwaysBecause(String reason) {
            if (always == null) {
                always = reason;
            }
        }
    }

    private static int indexOf(List<TypeParameter> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lifetimeArgs(PathSegment segment) {
        List<String> out = new ArrayList<>();
        if (segment.args().isPresent() && segment.args().get() instanceof GenericArgs.Angle angle) {
            for (GenericArg a : angle.args()) {
                if (a instanceof GenericArg.LifetimeArg l) {
                    out.add(l.lifetime().name());
                }
            }
        }
        return out;
    }

    private static List<Type> typeArgs(PathSegment segment) {
        List<Type> out = new ArrayList<>();
        if (segment.args().isPresent() && segment.args().get() instanceof GenericArgs.Angle angle) {
            for (GenericArg a : angle.args()) {
                if (a instanceof GenericArg.TypeArg t) {
                    out.add(t.type());
                }
            }
        }
        return out;
    }
}
