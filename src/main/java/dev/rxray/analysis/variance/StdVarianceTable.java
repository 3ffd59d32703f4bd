package dev.rxray.analysis.variance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variance of the standard library's generic types that snippets use, looked up by the last path segment.
 *
 * <p>Where it comes from: the Rust Reference, chapter "Subtyping and Variance" (its table gives {@code &'a T},
 * {@code &'a mut T}, {@code *const T}, {@code *mut T}, {@code [T]}, {@code [T; n]}, {@code fn(T) -> U},
 * {@code Box<T>}, {@code Vec<T>}, {@code UnsafeCell<T>}, {@code Cell<T>}, {@code PhantomData<T>} and
 * {@code dyn Trait<T> + 'a}), and for the other types the std documentation of their definitions: a type is as
 * variant as its fields, so {@code Option}, {@code Result}, the collections, {@code Rc}, {@code Arc}, their
 * {@code Weak}s, {@code NonNull}, {@code Pin}, {@code ManuallyDrop} and {@code MaybeUninit} are covariant, while
 * everything built on {@code UnsafeCell} ({@code RefCell}, {@code OnceCell}, {@code Mutex}, {@code RwLock}) and
 * {@code MutexGuard}'s {@code T} (it holds {@code &'a Mutex<T>}) are invariant. Every entry is checked against
 * rustc's {@code #[rustc_variance]} by the constructor tests. References, raw pointers, fn pointers, slices,
 * arrays, tuples and trait objects are built into the solver, not listed here.
 */
public final class StdVarianceTable {

    /** One parameter of a std type: its name for reasons, and its variance. */
    public record StdParam(String name, boolean lifetime, Variance variance) {
    }

    private static final Variance CO = Variance.COVARIANT;
    private static final Variance INV = Variance.INVARIANT;

    private static final Map<String, List<StdParam>> TABLE = Map.ofEntries(
            Map.entry("Box", types(CO)),
            Map.entry("Vec", types(CO)),
            Map.entry("VecDeque", types(CO)),
            Map.entry("Option", types(CO)),
            Map.entry("Result", List.of(type("T", CO), type("E", CO))),
            Map.entry("Rc", types(CO)),
            Map.entry("Arc", types(CO)),
            Map.entry("Weak", types(CO)),
            Map.entry("Cell", types(INV)),
            Map.entry("RefCell", types(INV)),
            Map.entry("UnsafeCell", types(INV)),
            Map.entry("OnceCell", types(INV)),
            Map.entry("OnceLock", types(INV)),
            Map.entry("Mutex", types(INV)),
            Map.entry("RwLock", types(INV)),
            Map.entry("MutexGuard", List.of(new StdParam("'a", true, CO), type("T", INV))),
            // cell::Ref holds `NonNull<T>` and a borrow flag; RefMut adds `PhantomData<&'b mut T>`.
            Map.entry("Ref", List.of(new StdParam("'b", true, CO), type("T", CO))),
            Map.entry("RefMut", List.of(new StdParam("'b", true, CO), type("T", INV))),
            Map.entry("PhantomData", types(CO)),
            Map.entry("NonNull", types(CO)),
            Map.entry("HashMap", List.of(type("K", CO), type("V", CO), type("S", CO))),
            Map.entry("HashSet", List.of(type("T", CO), type("S", CO))),
            Map.entry("BTreeMap", List.of(type("K", CO), type("V", CO))),
            Map.entry("BTreeSet", types(CO)),
            Map.entry("Pin", List.of(type("P", CO))),
            Map.entry("ManuallyDrop", types(CO)),
            Map.entry("MaybeUninit", types(CO)),
            Map.entry("Reverse", types(CO)),
            Map.entry("Wrapping", types(CO)));

    /** Types without parameters that the analyses know (so they are not reported as unknown). */
    private static final List<String> PLAIN = List.of("String", "str", "PhantomPinned", "bool", "char", "u8", "u16",
            "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "Duration",
            "Instant", "AtomicBool", "AtomicUsize", "AtomicU64", "AtomicU32", "AtomicI32", "AtomicI64", "Path",
            "PathBuf", "OsString", "OsStr", "CString", "CStr");

    private StdVarianceTable() {
    }

    public static Optional<List<StdParam>> lookup(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    public static boolean isPlain(String name) {
        return PLAIN.contains(name);
    }

    private static List<StdParam> types(Variance v) {
        return List.of(type("T", v));
    }

    private static StdParam type(String name, Variance v) {
        return new StdParam(name, false, v);
    }
}
