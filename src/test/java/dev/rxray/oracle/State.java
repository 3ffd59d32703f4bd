package dev.rxray.oracle;

import java.util.List;
import java.util.Optional;

/** One variant of a coroutine, in rustc's names, with the locals it saves beyond the upvars. */
public sealed interface State {

    String name();

    List<SavedLocal> saved();

    /** The names of the saved named locals, in rustc's saved-local order (duplicates kept for shadowed names). */
    default List<String> namedLocals() {
        return saved().stream().filter(l -> l.kind() == SavedLocal.Kind.NAMED).map(SavedLocal::name).toList();
    }

    record Unresumed(List<SavedLocal> saved) implements State {
        public Unresumed {
            saved = List.copyOf(saved);
        }

        @Override
        public String name() {
            return "Unresumed";
        }
    }

    /** {@code Suspend<index>}: the coroutine is parked at the {@code .await} whose keyword starts at {@code await}. */
    record Suspend(int index, Position await, List<SavedLocal> saved) implements State {
        public Suspend {
            saved = List.copyOf(saved);
        }

        @Override
        public String name() {
            return "Suspend" + index;
        }

        public Optional<SavedLocal> awaitee() {
            return saved.stream().filter(l -> l.kind() == SavedLocal.Kind.AWAITEE).findFirst();
        }
    }

    record Returned(List<SavedLocal> saved) implements State {
        public Returned {
            saved = List.copyOf(saved);
        }

        @Override
        public String name() {
            return "Returned";
        }
    }

    record Panicked(List<SavedLocal> saved) implements State {
        public Panicked {
            saved = List.copyOf(saved);
        }

        @Override
        public String name() {
            return "Panicked";
        }
    }
}
