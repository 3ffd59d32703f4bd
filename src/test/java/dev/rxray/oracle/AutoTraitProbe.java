package dev.rxray.oracle;

/**
 * rustc's answer for one instantiation of a type: every lifetime {@code 'static}, const parameters {@code 0}
 * (or {@code false}, {@code 'a'}), type parameters {@code u8} except at most one swapped for a probe type
 * ({@code Rc<u8>}, {@code Cell<u8>}, {@code MutexGuard<'static, u8>}, {@code *const u8}, {@code PhantomPinned}, or
 * the same inside {@code PhantomData<...>} when a bound on the parameter rejects the bare probe).
 */
public sealed interface AutoTraitProbe {

    /** The instantiated type exactly as it was compiled, e.g. {@code Parser<'static, 'static, u8, *const u8>}. */
    String type();

    record Answered(String type, boolean send, boolean sync, boolean unpin) implements AutoTraitProbe {
        public boolean has(AutoTrait trait) {
            return switch (trait) {
                case SEND -> send;
                case SYNC -> sync;
                case UNPIN -> unpin;
            };
        }
    }

    /** The instantiation itself does not satisfy the type's bounds; {@code reason} is rustc's message. */
    record IllFormed(String type, String reason) implements AutoTraitProbe {
    }
}
