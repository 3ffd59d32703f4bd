package dev.rxray.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rxray.oracle.VarianceGolden;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One struct per constructor of the std variance and auto-trait tables (and the built-in ones: references, raw and
 * fn pointers, higher-ranked fns, arrays, slices, tuples, trait objects, projections, const generics, an unused
 * parameter), recorded by rustc through the project's recorder at test time and compared fact by fact: variance,
 * E0392, Send/Sync/Unpin summaries and every probe instantiation. Skipped without rustc.
 */
class ConstructorTableTest {

    static final String CONSTRUCTORS = """
            use std::cell::{Cell, OnceCell, RefCell, UnsafeCell};
            use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
            use std::marker::{PhantomData, PhantomPinned};
            use std::mem::{ManuallyDrop, MaybeUninit};
            use std::pin::Pin;
            use std::ptr::NonNull;
            use std::rc::Rc;
            use std::sync::{Arc, Mutex, RwLock, MutexGuard};
            pub struct SharedRef<'a, T> { f: &'a T }
            pub struct MutRef<'a, T> { f: &'a mut T }
            pub struct ConstPtr<T> { f: *const T }
            pub struct MutPtr<T> { f: *mut T }
            pub struct FnArgRet<A, R> { f: fn(A) -> R }
            pub struct UnsafeFn<A> { f: unsafe extern "C" fn(A) }
            pub struct HigherRanked<'b, T> { f: for<'x> fn(&'x T, &'b u8) -> &'x u8 }
            pub struct Boxed<T> { f: Box<T> }
            pub struct Vector<T> { f: Vec<T> }
            pub struct Deque<T> { f: VecDeque<T> }
            pub struct Opt<T> { f: Option<T> }
            pub struct Res<T, E> { f: Result<T, E> }
            pub struct RcOf<T> { f: Rc<T> }
            pub struct ArcOf<T> { f: Arc<T> }
            pub struct RcWeak<T> { f: std::rc::Weak<T> }
            pub struct ArcWeak<T> { f: std::sync::Weak<T> }
            pub struct CellOf<T> { f: Cell<T> }
            pub struct RefCellOf<T> { f: RefCell<T> }
            pub struct UnsafeCellOf<T> { f: UnsafeCell<T> }
            pub struct MutexOf<T> { f: Mutex<T> }
            pub struct RwLockOf<T> { f: RwLock<T> }
            pub struct OnceCellOf<T> { f: OnceCell<T> }
            pub struct Phantom<T> { f: PhantomData<T> }
            pub struct Pinned { f: PhantomPinned }
            pub struct NonNullOf<T> { f: NonNull<T> }
            pub struct Text { f: String, g: Box<str> }
            pub struct Map<K, V> { f: HashMap<K, V> }
            pub struct Set<T> { f: HashSet<T> }
            pub struct BMap<K, V> { f: BTreeMap<K, V> }
            pub struct BSet<T> { f: BTreeSet<T> }
            pub struct PinBox<T> { f: Pin<Box<T>> }
            pub struct PinOf<P> { f: Pin<P> }
            pub struct Manual<T> { f: ManuallyDrop<T> }
            pub struct Uninit<T> { f: MaybeUninit<T> }
            pub struct Arr<T, const N: usize> { f: [T; N] }
            pub struct Sl<'a, T> { f: &'a [T] }
            pub struct Tup<A, B> { f: (A, B) }
            pub struct Dyn<'a, T> { f: Box<dyn Fn(T) + 'a> }
            pub struct DynSend<'a> { f: Box<dyn std::fmt::Debug + Send + Sync + 'a> }
            pub trait Tr { type Assoc; }
            pub struct Proj<T: Tr> { f: <T as Tr>::Assoc }
            pub struct Proj2<T: Tr> { f: T::Assoc }
            pub struct Guard<'a, T> { f: MutexGuard<'a, T> }
            pub struct Unused<'a, T> { x: u8 }
            """;

    private static Path sample;

    @BeforeAll
    static void record(@TempDir Path scratch) throws Exception {
        assumeTrue(RustcRecorder.available(), "rustc and python3 are needed to record the expected answers");
        sample = RustcRecorder.record(scratch, "constructors", CONSTRUCTORS);
    }

    @Test
    void everyConstructorAgreesWithRustc() {
        GoldenComparison.Outcome outcome = GoldenComparison.compare(sample, VarianceGolden.besides(sample));
        assertThat(VarianceGolden.read(VarianceGolden.besides(sample)).types()).hasSizeGreaterThan(40);
        assertThat(outcome.mismatches()).isEmpty();
        assertThat(outcome.compared()).isGreaterThan(300);
    }
}
