package dev.rxray.analysis.async;

import dev.rxray.syntax.tree.BlockKind;
import dev.rxray.syntax.tree.Expr;
import dev.rxray.syntax.tree.FieldDef;
import dev.rxray.syntax.tree.GenericArg;
import dev.rxray.syntax.tree.GenericArgs;
import dev.rxray.syntax.tree.LitKind;
import dev.rxray.syntax.tree.MacroArgs;
import dev.rxray.syntax.tree.PathSegment;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Type;
import dev.rxray.syntax.tree.UnaryOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The small amount of type knowledge the analysis needs: for a written type or a simple initializer, whether values
 * of it are Copy, need drop, are Send, and are references. It knows the standard types that matter for async state
 * machines ({@code String}, {@code Vec}, {@code Rc}, {@code MutexGuard}, {@code Ref}...), the file's own structs
 * and enums, and the declared return types of the file's functions. Anything else is {@link TypeFact#unknown}:
 * rustc's conservative answer (needs drop, as for a generic parameter), flagged as assumed.
 */
final class TypeInference {
    private static final Set<String> SCALARS = Set.of("u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
            "i64", "i128", "isize", "f32", "f64", "bool", "char");
    private static final Set<String> OWNING_SEND = Set.of("String", "Vec", "Box", "HashMap", "HashSet", "BTreeMap",
            "BTreeSet", "VecDeque", "BinaryHeap", "PathBuf", "OsString", "Arc", "Mutex", "RwLock", "Pin");
    private static final Set<String> WRAPPERS = Set.of("Option", "Result", "Cell", "RefCell", "Wrapping",
            "Reverse");
    private static final Set<String> NOT_SYNC = Set.of("Cell", "RefCell", "Rc", "UnsafeCell", "OnceCell");
    private static final int MAX_DEPTH = 12;

    private final FileIndex index;
    private final java.util.Map<String, TypeFact> adtFacts = new java.util.HashMap<>();
    /** Every written type met so far, by its text: how a fact's text leads back to its pointee or elements. */
    private final java.util.Map<String, Type> written = new java.util.HashMap<>();

    TypeInference(FileIndex index) {
        this.index = index;
    }

    /** The facts of a written type; {@code typeParams} are the generic parameters in scope. */
    TypeFact ofType(Type type, Set<String> typeParams) {
        return ofType(type, typeParams, 0);
    }

    private TypeFact ofType(Type type, Set<String> typeParams, int depth) {
        String text = RustText.of(type);
        if (depth > MAX_DEPTH) {
            return TypeFact.unknown(text);
        }
        written.putIfAbsent(text, type);
        return switch (type) {
            case Type.Paren p -> ofType(p.type(), typeParams, depth + 1);
            case Type.Reference r -> {
                boolean sync = isSync(r.type(), typeParams, depth + 1);
                yield new TypeFact(text, !r.mutable(), false, sync, true, false,
                        sync ? "" : "a reference to " + RustText.of(r.type()) + ", which is not Sync");
            }
            case Type.RawPointer p -> new TypeFact(text, true, false, false, false, false,
                    "raw pointers are not Send");
            case Type.Never n -> TypeFact.scalar(text);
            case Type.Tuple t -> combine(text, t.elements().stream().map(e -> ofType(e, typeParams, depth + 1))
                    .toList());
            case Type.Array a -> combine(text, List.of(ofType(a.element(), typeParams, depth + 1)));
            case Type.FnPointer f -> TypeFact.scalar(text);
            case Type.PathType p -> ofPath(text, p, typeParams, depth);
            case Type.ImplTrait i -> TypeFact.unknown(text);
            default -> TypeFact.unknown(text);
        };
    }

    private TypeFact ofPath(String text, Type.PathType p, Set<String> typeParams, int depth) {
        if (p.path().segments().isEmpty()) {
            return TypeFact.unknown(text);
        }
        PathSegment last = p.path().segments().getLast();
        String name = last.name().name();
        List<TypeFact> args = typeArgs(last).stream().map(t -> ofType(t, typeParams, depth + 1)).toList();
        if (p.path().segments().size() == 1 && SCALARS.contains(name)) {
            return TypeFact.scalar(text);
        }
        if (typeParams.contains(name) && p.path().segments().size() == 1) {
            return TypeFact.unknown(text);
        }
        switch (name) {
            case "str" -> {
                return new TypeFact(text, false, false, true, false, false, "");
            }
            case "Rc", "Weak" -> {
                return TypeFact.owned(text, false, name + " is not Send: its reference count is not atomic");
            }
            case "MutexGuard", "RwLockReadGuard", "RwLockWriteGuard" -> {
                return TypeFact.owned(text, false, name + " is not Send: a lock must be released by the thread"
                        + " that took it");
            }
            case "Ref", "RefMut" -> {
                return TypeFact.owned(text, false, name + " is not Send: it points into a RefCell, which is not"
                        + " Sync");
            }
            case "PhantomData" -> {
                return new TypeFact(text, true, false, allSend(args), false, anyAssumed(args), whyNot(args));
            }
            default -> {
            }
        }
        if (OWNING_SEND.contains(name)) {
            boolean send = allSend(args) && (!name.equals("Arc") || args.stream().noneMatch(a -> !a.send()));
            return new TypeFact(text, false, true, send, false, anyAssumed(args), whyNot(args));
        }
        if (WRAPPERS.contains(name)) {
            boolean copy = !name.equals("RefCell") && !args.isEmpty() && args.stream().allMatch(TypeFact::copy);
            boolean drop = args.isEmpty() || args.stream().anyMatch(TypeFact::needsDrop);
            return new TypeFact(text, copy, drop, allSend(args), false, args.isEmpty() || anyAssumed(args),
                    whyNot(args));
        }
        Optional<FileIndex.Adt> adt = index.adt(name);
        if (adt.isPresent()) {
            return ofAdt(text, adt.get(), depth);
        }
        if (name.equals("Self")) {
            return TypeFact.unknown(text);
        }
        return TypeFact.unknown(text);
    }

    /**
     * The facts of a struct or enum of the file, computed once per type: fields refer to other types of the file,
     * and without the memo a web of types would be walked once per path through it. A type that refers back to
     * itself (through a Box) sees itself as not needing drop while it is being computed, which its Box field
     * corrects.
     */
    private TypeFact ofAdt(String text, FileIndex.Adt adt, int depth) {
        TypeFact known = adtFacts.get(adt.name());
        if (known != null) {
            return known.withText(text);
        }
        adtFacts.put(adt.name(), new TypeFact(text, adt.copy(), false, true, false, true, ""));
        TypeFact computed = computeAdt(text, adt, depth);
        adtFacts.put(adt.name(), computed);
        return computed;
    }

    private TypeFact computeAdt(String text, FileIndex.Adt adt, int depth) {
        List<TypeFact> fields = new ArrayList<>();
        Set<String> none = new HashSet<>();
        for (FieldDef f : adt.fields()) {
            fields.add(ofType(f.type(), none, depth + 1));
        }
        boolean drop = index.hasDropImpl(adt.name()) || fields.stream().anyMatch(TypeFact::needsDrop);
        boolean send = allSend(fields);
        boolean assumed = fields.stream().anyMatch(f -> f.assumed() && f.needsDrop());
        return new TypeFact(text, adt.copy(), drop && !adt.copy(), send, false, assumed && !adt.copy(),
                whyNot(fields));
    }

    /** The facts of a field of a file struct or enum variant. */
    Optional<TypeFact> fieldOf(String adtName, String variant, int position, String fieldName) {
        Optional<FileIndex.Adt> adt = index.adt(adtName);
        if (adt.isEmpty()) {
            return Optional.empty();
        }
        List<FieldDef> fields = variant.isEmpty() ? adt.get().fields()
                : adt.get().variants().getOrDefault(variant, List.of());
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            boolean match = fieldName.isEmpty() ? i == position
                    : f.name().map(n -> n.name().equals(fieldName)).orElse(false);
            if (match) {
                return Optional.of(ofType(f.type(), Set.of()));
            }
        }
        return Optional.empty();
    }

    private boolean isSync(Type type, Set<String> typeParams, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        return switch (type) {
            case Type.PathType p when !p.path().segments().isEmpty() -> {
                PathSegment last = p.path().segments().getLast();
                if (NOT_SYNC.contains(last.name().name())) {
                    yield false;
                }
                if (last.name().name().equals("Ref") || last.name().name().equals("RefMut")) {
                    yield true;
                }
                TypeFact fact = ofType(type, typeParams, depth);
                yield fact.send() || fact.whyNotSend().contains("lock");
            }
            case Type.RawPointer r -> false;
            case Type.Reference r -> isSync(r.type(), typeParams, depth + 1);
            case Type.Paren p -> isSync(p.type(), typeParams, depth + 1);
            default -> true;
        };
    }

    private static List<Type> typeArgs(PathSegment segment) {
        List<Type> types = new ArrayList<>();
        if (segment.args().isPresent() && segment.args().get() instanceof GenericArgs.Angle angle) {
            for (GenericArg arg : angle.args()) {
                if (arg instanceof GenericArg.TypeArg t) {
                    types.add(t.type());
                }
            }
        }
        return types;
    }

    /** The first type argument of a written type ({@code u32} in {@code Vec<u32>}), when there is one. */
    /**
     * What a deref of a value of this type reaches when the file tells: the pointee of a reference or of a
     * {@code Box}. Empty for other types (an overloaded {@code Deref} is a method call, not a place).
     */
    Optional<TypeFact> pointeeOf(TypeFact pointer) {
        Type type = written.get(pointer.text());
        return switch (type) {
            case Type.Reference r -> Optional.of(ofType(r.type(), Set.of()));
            case Type.PathType p when isBox(pointer) -> firstTypeArg(p).map(t -> ofType(t, Set.of()));
            case null, default -> pointer.reference() ? byText(pointer.text().replaceFirst("^&('\\w+ )?(mut )?", ""))
                    : Optional.empty();
        };
    }

    /** A type met only as text (a reference made by an expression): a written type, a type of the file or a scalar. */
    private Optional<TypeFact> byText(String text) {
        Type type = written.get(text);
        if (type != null) {
            return Optional.of(ofType(type, Set.of()));
        }
        if (SCALARS.contains(text)) {
            return Optional.of(TypeFact.scalar(text));
        }
        return index.adt(text).map(a -> ofAdt(text, a, 1));
    }

    static boolean isBox(TypeFact t) {
        return t.text().startsWith("Box<") || t.text().startsWith("std::boxed::Box<");
    }

    /** The facts of a named field or tuple position of a value of this type, when the file declares it. */
    Optional<TypeFact> fieldOfValue(TypeFact owner, String field, String selfOwner) {
        return fieldsOfValue(owner, selfOwner).map(fields -> fields.get(field));
    }

    /** The fields of a struct or tuple value by name (tuple positions as digits), when the file declares them. */
    Optional<java.util.LinkedHashMap<String, TypeFact>> fieldsOfValue(TypeFact owner, String selfOwner) {
        java.util.LinkedHashMap<String, TypeFact> fields = new java.util.LinkedHashMap<>();
        if (written.get(owner.text()) instanceof Type.Tuple t) {
            for (int i = 0; i < t.elements().size(); i++) {
                fields.put(Integer.toString(i), ofType(t.elements().get(i), Set.of()));
            }
            return Optional.of(fields);
        }
        Optional<FileIndex.Adt> adt = index.adt(adtNameOf(owner, selfOwner));
        if (adt.isEmpty() || !adt.get().variants().isEmpty()) {
            return Optional.empty();
        }
        List<FieldDef> defs = adt.get().fields();
        for (int i = 0; i < defs.size(); i++) {
            FieldDef f = defs.get(i);
            fields.put(f.name().map(n -> n.name()).orElse(Integer.toString(i)), ofType(f.type(), Set.of()));
        }
        return Optional.of(fields);
    }

    /** Whether this type is a struct or enum of the file with its own {@code Drop} impl. */
    boolean implementsDrop(TypeFact t, String selfOwner) {
        return index.hasDropImpl(adtNameOf(t, selfOwner));
    }

    private static String adtNameOf(TypeFact t, String selfOwner) {
        String text = t.text();
        int generics = text.indexOf('<');
        String path = generics < 0 ? text : text.substring(0, generics);
        String name = path.substring(path.lastIndexOf(':') + 1).trim();
        return name.equals("Self") ? selfOwner : name;
    }

    Optional<Type> firstTypeArg(Type type) {
        if (type instanceof Type.PathType p && !p.path().segments().isEmpty()) {
            List<Type> args = typeArgs(p.path().segments().getLast());
            return args.isEmpty() ? Optional.empty() : Optional.of(args.getFirst());
        }
        return Optional.empty();
    }

    static TypeFact combine(String text, List<TypeFact> parts) {
        boolean copy = parts.stream().allMatch(TypeFact::copy);
        boolean drop = parts.stream().anyMatch(TypeFact::needsDrop);
        return new TypeFact(text, copy, drop, allSend(parts), false, anyAssumed(parts), whyNot(parts));
    }

    private static boolean allSend(List<TypeFact> facts) {
        return facts.stream().allMatch(TypeFact::send);
    }

    private static boolean anyAssumed(List<TypeFact> facts) {
        return facts.stream().anyMatch(TypeFact::assumed);
    }

    private static String whyNot(List<TypeFact> facts) {
        return facts.stream().filter(f -> !f.send()).map(TypeFact::whyNotSend).findFirst().orElse("");
    }

    /**
     * The facts of the value of a simple initializer. {@code locals} gives the facts of the variables in scope,
     * {@code selfOwner} the impl's type name for {@code Self::f()} calls.
     */
    TypeFact ofExpr(Expr expr, Function<String, Optional<TypeFact>> locals, String selfOwner) {
        return ofExpr(expr, locals, selfOwner, 0);
    }

    private TypeFact ofExpr(Expr expr, Function<String, Optional<TypeFact>> locals, String selfOwner, int depth) {
        if (depth > MAX_DEPTH) {
            return TypeFact.unknown();
        }
        return switch (expr) {
            case Expr.Literal lit -> switch (lit.kind()) {
                // An integer suffix wins over the literal's kind: `5usize` holds an `e` but is no float.
                case INTEGER -> TypeFact.scalar(integerSuffix(lit.text(), "i32"));
                case FLOAT -> TypeFact.scalar(integerSuffix(lit.text(), lit.text().endsWith("f32") ? "f32" : "f64"));
                case BOOL -> TypeFact.scalar("bool");
                case CHAR -> TypeFact.scalar("char");
                case BYTE -> TypeFact.scalar("u8");
                case STRING, RAW_STRING -> TypeFact.reference("&str", true, "");
                default -> TypeFact.reference("&[u8]", true, "");
            };
            case Expr.Paren p -> ofExpr(p.expr(), locals, selfOwner, depth + 1);
            case Expr.PathExpr p when p.path().segments().size() == 1 ->
                    locals.apply(p.path().segments().getFirst().name().name()).orElse(TypeFact.unknown());
            case Expr.Borrow b -> {
                TypeFact inner = ofExpr(b.operand(), locals, selfOwner, depth + 1);
                String text = (b.raw() ? (b.mutable() ? "*mut " : "*const ") : (b.mutable() ? "&mut " : "&"))
                        + inner.text();
                if (b.raw()) {
                    yield new TypeFact(text, true, false, false, false, false, "raw pointers are not Send");
                }
                boolean sync = !inner.text().startsWith("RefCell") && !inner.text().startsWith("Cell")
                        && !inner.text().startsWith("Rc");
                yield new TypeFact(text, !b.mutable(), false, sync && inner.send(), true, inner.assumed(),
                        sync && inner.send() ? "" : "a reference to " + inner.text() + ", which is not Sync");
            }
            case Expr.Cast c -> ofType(c.type(), Set.of());
            case Expr.Index i -> indexed(ofExpr(i.expr(), locals, selfOwner, depth + 1), i.index());
            case Expr.Match m -> m.arms().stream().map(a -> ofExpr(a.body(), locals, selfOwner, depth + 1))
                    .filter(TypeFact::known).filter(t -> !t.text().equals("!")).findFirst()
                    .orElse(TypeFact.unknown());
            case Expr.Field f -> fieldThroughDerefs(ofExpr(f.expr(), locals, selfOwner, depth + 1),
                    f.field().name(), selfOwner);
            case Expr.TupleIndex t -> fieldThroughDerefs(ofExpr(t.expr(), locals, selfOwner, depth + 1),
                    Integer.toString(t.index()), selfOwner);
            case Expr.Binary b -> switch (b.op()) {
                case EQ, NE, LT, LE, GT, GE, AND, OR -> TypeFact.scalar("bool");
                default -> {
                    TypeFact left = ofExpr(b.left(), locals, selfOwner, depth + 1);
                    yield left.copy() && left.known() ? left
                            : left.text().equals("String") ? left : TypeFact.unknown();
                }
            };
            case Expr.Unary u when u.op() == UnaryOp.NOT || u.op() == UnaryOp.NEG ->
                    ofExpr(u.operand(), locals, selfOwner, depth + 1);
            case Expr.Macro m -> ofMacro(m, locals, selfOwner, depth);
            case Expr.Call call -> ofCall(call, locals, selfOwner, depth);
            case Expr.MethodCall call -> ofMethodCall(call, locals, selfOwner, depth);
            case Expr.Await await -> awaitOutput(await.expr(), selfOwner)
                    .or(() -> heldFutureOutput(ofExpr(await.expr(), locals, selfOwner, depth + 1)))
                    .orElse(TypeFact.unknown());
            case Expr.StructLit lit when !lit.path().segments().isEmpty() -> {
                String name = lit.path().segments().getFirst().name().name();
                if (name.equals("Self")) {
                    name = selfOwner;
                }
                yield index.adt(name).map(a -> ofAdt(a.name(), a, depth + 1)).orElse(TypeFact.unknown());
            }
            case Expr.Tuple t -> {
                List<TypeFact> parts = t.elements().stream().map(e -> ofExpr(e, locals, selfOwner, depth + 1))
                        .toList();
                yield combine("(" + String.join(", ", parts.stream().map(TypeFact::text).toList()) + ")", parts);
            }
            case Expr.Array a when !a.elements().isEmpty() -> {
                TypeFact element = ofExpr(a.elements().getFirst(), locals, selfOwner, depth + 1);
                yield combine("[" + element.text() + "; " + a.elements().size() + "]", List.of(element));
            }
            case Expr.ArrayRepeat r -> {
                TypeFact element = ofExpr(r.element(), locals, selfOwner, depth + 1);
                yield combine("[" + element.text() + "; " + RustText.of(r.count()) + "]", List.of(element));
            }
            case Expr.Range r -> TypeFact.scalar("Range");
            case Expr.BlockExpr b when b.kind() != BlockKind.ASYNC && b.block().tail().isPresent() ->
                    ofExpr(b.block().tail().get(), locals, selfOwner, depth + 1);
            case Expr.If i when i.then().tail().isPresent() && i.orElse().isPresent() ->
                    ofExpr(i.then().tail().get(), locals, selfOwner, depth + 1);
            default -> TypeFact.unknown();
        };
    }

    /**
     * {@code base[index]}: an element of a {@code Vec}, array or slice, or with a range, a slice of it ({@code str}
     * for a {@code String}); other indexable types are not followed.
     */
    private TypeFact indexed(TypeFact base, Expr index) {
        Optional<TypeFact> derefed = derefed(base, false);
        if (derefed.isEmpty()) {
            return TypeFact.unknown();
        }
        TypeFact at = derefed.get();
        String text = at.text();
        boolean range = index instanceof Expr.Range;
        if (text.equals("String") || text.equals("str")) {
            return range ? new TypeFact("str", false, false, true, false, false, "") : TypeFact.unknown();
        }
        Optional<TypeFact> element = switch (written.get(text)) {
            case Type.Array a -> Optional.of(ofType(a.element(), Set.of()));
            case Type.Slice sl -> Optional.of(ofType(sl.element(), Set.of()));
            case Type.PathType p when text.startsWith("Vec<") -> firstTypeArg(p).map(t -> ofType(t, Set.of()));
            // A Vec made by an expression (`vec![1u8, 2]`) has no written type; its scalar elements are still known.
            case null, default -> text.startsWith("Vec<") && SCALARS.contains(text.substring(4, text.length() - 1))
                    ? Optional.of(TypeFact.scalar(text.substring(4, text.length() - 1))) : Optional.empty();
        };
        if (element.isEmpty()) {
            return TypeFact.unknown();
        }
        TypeFact e = element.get();
        return range ? new TypeFact("[" + e.text() + "]", false, e.needsDrop(), e.send(), false, e.assumed(),
                e.whyNotSend()) : e;
    }

    /** A field access auto-derefs references and boxes until it reaches the value that has the field. */
    private TypeFact fieldThroughDerefs(TypeFact owner, String field, String selfOwner) {
        return derefed(owner, true).flatMap(at -> fieldOfValue(at, field, selfOwner)).orElse(TypeFact.unknown());
    }

    /**
     * The value behind references (and boxes, when {@code boxes}), as indexing and field access reach it by
     * auto-deref; empty when a pointee is not known.
     */
    private Optional<TypeFact> derefed(TypeFact value, boolean boxes) {
        TypeFact at = value;
        for (int i = 0; i < MAX_DEPTH && (at.reference() || boxes && isBox(at)); i++) {
            Optional<TypeFact> pointee = pointeeOf(at);
            if (pointee.isEmpty()) {
                return Optional.empty();
            }
            at = pointee.get();
        }
        return Optional.of(at);
    }

    private static String integerSuffix(String text, String fallback) {
        if (text.startsWith("0x") || text.startsWith("0X")) {
            return fallback;
        }
        for (String s : SCALARS) {
            if (text.endsWith(s) && !s.equals("char") && !s.equals("bool") && !s.startsWith("f")) {
                return s;
            }
        }
        return fallback;
    }

    private TypeFact ofMacro(Expr.Macro m, Function<String, Optional<TypeFact>> locals, String selfOwner,
                             int depth) {
        String name = m.call().path().segments().isEmpty() ? ""
                : m.call().path().segments().getLast().name().name();
        return switch (name) {
            case "format" -> TypeFact.owned("String", true, "");
            case "vec" -> {
                TypeFact element = switch (m.call().args()) {
                    case MacroArgs.Exprs e when !e.exprs().isEmpty() ->
                            ofExpr(e.exprs().getFirst(), locals, selfOwner, depth + 1);
                    case MacroArgs.Repeat r -> ofExpr(r.element(), locals, selfOwner, depth + 1);
                    default -> TypeFact.unknown();
                };
                yield new TypeFact("Vec<" + element.text() + ">", false, true, element.send(), false, false,
                        element.whyNotSend());
            }
            case "matches" -> TypeFact.scalar("bool");
            default -> TypeFact.unknown();
        };
    }

    private TypeFact ofCall(Expr.Call call, Function<String, Optional<TypeFact>> locals, String selfOwner,
                            int depth) {
        if (!(call.callee() instanceof Expr.PathExpr callee) || callee.path().segments().isEmpty()) {
            return TypeFact.unknown();
        }
        List<PathSegment> segments = callee.path().segments();
        String last = segments.getLast().name().name();
        String owner = segments.size() >= 2 ? segments.get(segments.size() - 2).name().name() : "";
        TypeFact firstArg = call.args().isEmpty() ? TypeFact.unknown()
                : ofExpr(call.args().getFirst(), locals, selfOwner, depth + 1);
        switch (owner) {
            case "String" -> {
                return TypeFact.owned("String", true, "");
            }
            case "Vec" -> {
                return TypeFact.owned("Vec<_>", true, "");
            }
            case "Rc", "Arc", "Box", "RefCell", "Cell", "Mutex", "RwLock" -> {
                if (last.equals("new") || last.equals("clone") || last.equals("from")) {
                    String inner = owner.equals("Rc") || owner.equals("Arc") ? (last.equals("clone")
                            ? stripRef(firstArg.text()) : owner + "<" + firstArg.text() + ">")
                            : owner + "<" + firstArg.text() + ">";
                    return switch (owner) {
                        case "Rc" -> TypeFact.owned(inner, false, "Rc is not Send: its reference count is not"
                                + " atomic");
                        case "RefCell", "Cell" -> new TypeFact(inner, false, firstArg.needsDrop(), firstArg.send(),
                                false, firstArg.assumed(), firstArg.whyNotSend());
                        default -> new TypeFact(inner, false, true, firstArg.send(), false, firstArg.assumed(),
                                firstArg.whyNotSend());
                    };
                }
                if (owner.equals("Box") && last.equals("pin")) {
                    return new TypeFact("Pin<Box<" + futureName(call.args(), selfOwner, firstArg) + ">>", false,
                            true, firstArg.send(), false, firstArg.assumed(), firstArg.whyNotSend());
                }
                return TypeFact.unknown();
            }
            default -> {
            }
        }
        if (last.equals("strong_count") || last.equals("weak_count") || last.equals("size_of")
                || last.equals("size_of_val") || last.equals("align_of")) {
            return TypeFact.scalar("usize");
        }
        if (segments.size() == 1 && (last.equals("Some") || last.equals("Ok") || last.equals("Err"))) {
            String wrapper = last.equals("Some") ? "Option" : "Result";
            return new TypeFact(wrapper + "<" + firstArg.text() + ">", firstArg.copy(), firstArg.needsDrop(),
                    firstArg.send(), false, true, firstArg.whyNotSend());
        }
        Optional<FileIndex.FnEntry> fn = index.byPath(segments, selfOwner);
        if (fn.isPresent()) {
            FileIndex.FnEntry entry = fn.get();
            if (entry.fn().qualifiers().isAsync()) {
                return TypeFact.future(futureTypeName(entry));
            }
            return entry.fn().returnType().map(t -> ofType(t, entry.typeParams()))
                    .orElse(TypeFact.scalar("()"));
        }
        if (segments.size() >= 2 && index.adt(owner).isPresent()) {
            return index.adt(owner).map(a -> ofAdt(a.name(), a, depth + 1)).orElse(TypeFact.unknown());
        }
        if (segments.size() == 1 && index.adt(last).isPresent()) {
            return index.adt(last).map(a -> ofAdt(a.name(), a, depth + 1)).orElse(TypeFact.unknown());
        }
        return TypeFact.unknown();
    }

    private static String stripRef(String text) {
        return text.startsWith("&") ? text.substring(1) : text;
    }

    private String futureName(List<Expr> args, String selfOwner, TypeFact fallback) {
        if (!args.isEmpty()) {
            Optional<String> name = futureOf(args.getFirst(), selfOwner);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return fallback.text();
    }

    private TypeFact ofMethodCall(Expr.MethodCall call, Function<String, Optional<TypeFact>> locals,
                                  String selfOwner, int depth) {
        String method = call.method().name();
        TypeFact receiver = ofExpr(call.receiver(), locals, selfOwner, depth + 1);
        String inner = stripRef(receiver.text());
        return switch (method) {
            case "to_string", "to_owned", "to_uppercase", "to_lowercase", "repeat", "replace" ->
                    inner.equals("str") || inner.equals("String") || receiver.text().equals("&str")
                            || !method.equals("to_owned") ? TypeFact.owned("String", true, "")
                            : TypeFact.unknown();
            case "len", "count", "capacity" -> TypeFact.scalar("usize");
            case "is_empty", "is_some", "is_none", "is_ok", "is_err", "contains", "starts_with", "ends_with",
                 "is_null" -> TypeFact.scalar("bool");
            case "clone" -> receiver.reference() ? ofClone(receiver) : receiver;
            case "lock", "write", "read" -> {
                String arg = inner.startsWith("Mutex<") || inner.startsWith("RwLock<")
                        ? inner.substring(inner.indexOf('<') + 1, inner.length() - 1) : "_";
                String guard = method.equals("lock") ? "MutexGuard" : method.equals("write") ? "RwLockWriteGuard"
                        : "RwLockReadGuard";
                yield TypeFact.owned("LockResult<" + guard + "<'_, " + arg + ">>", false,
                        guard + " is not Send: a lock must be released by the thread that took it");
            }
            case "unwrap", "expect" -> receiver.text().startsWith("LockResult<")
                    ? receiver.withText(receiver.text().substring("LockResult<".length(),
                    receiver.text().length() - 1))
                    : receiver.text().startsWith("Option<") || receiver.text().startsWith("Result<")
                    ? TypeFact.unknown() : TypeFact.unknown();
            case "borrow" -> inner.startsWith("RefCell<")
                    ? TypeFact.owned("Ref<'_, " + inner.substring(8, inner.length() - 1) + ">", false,
                    "Ref is not Send: it points into a RefCell, which is not Sync")
                    : TypeFact.unknown();
            case "borrow_mut" -> inner.startsWith("RefCell<")
                    ? TypeFact.owned("RefMut<'_, " + inner.substring(8, inner.length() - 1) + ">", false,
                    "RefMut is not Send: it points into a RefCell, which is not Sync")
                    : TypeFact.unknown();
            case "as_ptr" -> new TypeFact("*const _", true, false, false, false, false,
                    "raw pointers are not Send");
            default -> {
                List<FileIndex.FnEntry> candidates = index.methods(method);
                if (candidates.size() == 1) {
                    FileIndex.FnEntry entry = candidates.getFirst();
                    if (entry.fn().qualifiers().isAsync()) {
                        yield TypeFact.future(futureTypeName(entry));
                    }
                    yield entry.fn().returnType().map(t -> ofType(t, entry.typeParams()))
                            .orElse(TypeFact.scalar("()"));
                }
                yield TypeFact.unknown();
            }
        };
    }

    private static TypeFact ofClone(TypeFact reference) {
        String inner = stripRef(reference.text());
        return inner.equals("str") ? TypeFact.unknown() : TypeFact.unknown(inner);
    }

    /** The output type of awaiting an expression, when it calls an async fn of the file with a declared type. */
    private Optional<TypeFact> awaitOutput(Expr operand, String selfOwner) {
        return calledAsyncFn(operand, selfOwner).map(this::outputOf);
    }

    /** What awaiting a value of this type gives, when it is the future of one of the file's async fns. */
    private Optional<TypeFact> heldFutureOutput(TypeFact future) {
        return index.functions().stream().filter(e -> e.fn().qualifiers().isAsync())
                .filter(e -> futureTypeName(e).equals(future.text())).findFirst().map(this::outputOf);
    }

    private TypeFact outputOf(FileIndex.FnEntry fn) {
        return fn.fn().returnType().map(t -> ofType(t, fn.typeParams())).orElse(TypeFact.scalar("()"));
    }

    /** The async fn of the file that an expression calls directly, when it can be told. */
    Optional<FileIndex.FnEntry> calledAsyncFn(Expr expr, String selfOwner) {
        Optional<FileIndex.FnEntry> fn = switch (expr) {
            case Expr.Call call when call.callee() instanceof Expr.PathExpr p && !p.path().segments().isEmpty() ->
                    index.byPath(p.path().segments(), selfOwner);
            case Expr.MethodCall call -> {
                List<FileIndex.FnEntry> candidates = index.methods(call.method().name()).stream()
                        .filter(e -> e.fn().qualifiers().isAsync()).toList();
                yield candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
            }
            case Expr.Paren p -> calledAsyncFn(p.expr(), selfOwner);
            default -> Optional.empty();
        };
        return fn.filter(e -> e.fn().qualifiers().isAsync());
    }

    /** The type of the future an expression makes, as rustc names it, when it calls an async fn of the file. */
    Optional<String> futureOf(Expr expr, String selfOwner) {
        if (expr instanceof Expr.Call call && call.callee() instanceof Expr.PathExpr p
                && p.path().segments().size() == 2
                && p.path().segments().get(0).name().name().equals("Box")
                && p.path().segments().get(1).name().name().equals("pin") && call.args().size() == 1) {
            return futureOf(call.args().getFirst(), selfOwner).map(inner -> "Pin<Box<" + inner + ">>");
        }
        return calledAsyncFn(expr, selfOwner).map(TypeInference::futureTypeName);
    }

    static String futureTypeName(FileIndex.FnEntry entry) {
        return "{async fn body of " + entry.path() + "()}";
    }
}
