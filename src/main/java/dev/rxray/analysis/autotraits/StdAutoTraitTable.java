package dev.rxray.analysis.autotraits;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard library's auto-trait impls for the types snippets use, by last path segment. Each rule is
 * {@code yes}, {@code no}, {@code all} (every type argument must have the same trait: the structural case) or a
 * list such as {@code 0:Send+Sync} (the type argument at that position, counting only type arguments, must have
 * those traits).
 *
 * <p>Where it comes from: the "Auto Trait Implementations" and "impl Send/Sync" sections of each type's std
 * documentation ({@code impl<T: ?Sized + Send + Sync> Send for Arc<T>}, {@code impl<T: ?Sized> !Sync for Cell<T>},
 * {@code impl<T: ?Sized + Send> Sync for Mutex<T>}, {@code impl<T: ?Sized> Unpin for Box<T>}, ...), every row
 * checked against rustc by the constructor tests (which compile {@code assert_send::<...>()} probes).
 */
public final class StdAutoTraitTable {

    /** The rules of one type, per trait. */
    public record Rules(String send, String sync, String unpin) {
        public String of(AutoTrait trait) {
            return switch (trait) {
                case SEND -> send;
                case SYNC -> sync;
                case UNPIN -> unpin;
            };
        }
    }

    private static final Rules STRUCTURAL = new Rules("all", "all", "all");
    private static final Rules OWNING_POINTER = new Rules("all", "all", "yes");
    private static final Rules RC = new Rules("no", "no", "yes");
    private static final Rules ARC = new Rules("0:Send+Sync", "0:Send+Sync", "yes");
    private static final Rules CELL = new Rules("0:Send", "no", "0:Unpin");
    private static final Rules PLAIN = new Rules("yes", "yes", "yes");

    private static final Map<String, Rules> TABLE = Map.ofEntries(
            Map.entry("Box", OWNING_POINTER),
            Map.entry("BTreeMap", OWNING_POINTER),
            Map.entry("BTreeSet", OWNING_POINTER),
            Map.entry("Vec", STRUCTURAL),
            Map.entry("VecDeque", STRUCTURAL),
            Map.entry("Option", STRUCTURAL),
            Map.entry("Result", STRUCTURAL),
            Map.entry("HashMap", STRUCTURAL),
            Map.entry("HashSet", STRUCTURAL),
            Map.entry("PhantomData", STRUCTURAL),
            Map.entry("Pin", STRUCTURAL),
            Map.entry("ManuallyDrop", STRUCTURAL),
            Map.entry("MaybeUninit", STRUCTURAL),
            Map.entry("Reverse", STRUCTURAL),
            Map.entry("Wrapping", STRUCTURAL),
            Map.entry("Range", STRUCTURAL),
            Map.entry("RangeInclusive", STRUCTURAL),
            // vec::IntoIter, array::IntoIter and the maps' IntoIter own their elements.
            Map.entry("IntoIter", STRUCTURAL),
            Map.entry("Enumerate", STRUCTURAL),
            Map.entry("Rc", RC),
            Map.entry("Arc", ARC),
            Map.entry("Cell", CELL),
            Map.entry("RefCell", CELL),
            Map.entry("UnsafeCell", CELL),
            Map.entry("OnceCell", CELL),
            Map.entry("OnceLock", new Rules("0:Send", "0:Send+Sync", "0:Unpin")),
            Map.entry("Mutex", new Rules("0:Send", "0:Send", "0:Unpin")),
            Map.entry("RwLock", new Rules("0:Send", "0:Send+Sync", "0:Unpin")),
            Map.entry("MutexGuard", new Rules("no", "0:Sync", "yes")),
            // cell::Ref and RefMut hold `&Cell<isize>` (the RefCell's borrow count), which is neither Send nor Sync.
            Map.entry("Ref", new Rules("no", "no", "yes")),
            Map.entry("RefMut", new Rules("no", "no", "yes")),
            Map.entry("NonNull", new Rules("no", "no", "yes")),
            Map.entry("PhantomPinned", new Rules("yes", "yes", "no")),
            Map.entry("String", PLAIN),
            Map.entry("str", PLAIN));

    private static final List<String> PRIMITIVES = List.of("bool", "char", "u8", "u16", "u32", "u64", "u128",
            "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "Duration", "Instant", "AtomicBool",
            "AtomicUsize", "AtomicU64", "AtomicU32", "AtomicI32", "AtomicI64", "PathBuf", "OsString", "CString");

    private StdAutoTraitTable() {
    }

    /**
     * The rules for a std type named by a path's segments. {@code Weak} is told apart by its module
     * ({@code rc::Weak} is like {@code Rc}, {@code sync::Weak} like {@code Arc}); a bare {@code Weak} is unknown.
     * A slice's {@code Iter} and {@code IterMut} are told apart from other iterators of that name the same way.
     */
    public static Optional<Rules> lookup(List<String> segments) {
        String name = segments.isEmpty() ? "" : segments.getLast();
        if (name.equals("Weak")) {
            if (segments.contains("rc")) {
                return Optional.of(RC);
            }
            return segments.contains("sync") ? Optional.of(ARC) : Optional.empty();
        }
        if (segments.contains("slice") && (name.equals("Iter") || name.equals("IterMut"))) {
            // slice::Iter<'_, T> holds `&T`; IterMut holds `&mut T`.
            return Optional.of(name.equals("Iter") ? new Rules("0:Sync", "0:Sync", "yes")
                    : new Rules("0:Send", "0:Sync", "yes"));
        }
        if (PRIMITIVES.contains(name)) {
            return Optional.of(PLAIN);
        }
        return Optional.ofNullable(TABLE.get(name));
    }
}
