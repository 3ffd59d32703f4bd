package dev.rxray.analysis.async;

import java.util.List;

/** One variant of the coroutine's generated enum, in rustc's names. */
public sealed interface MachineState {

    String name();

    /** Created, not yet polled: holds only the upvars. */
    record Unresumed() implements MachineState {
        @Override
        public String name() {
            return "Unresumed";
        }
    }

    /**
     * Parked at an {@code .await}.
     *
     * @param await       the position of the {@code await} keyword
     * @param locals      the saved named locals, sorted by name then declaration (shadowed names repeat)
     * @param awaitee     the source text of the awaited expression
     * @param awaiteeType its type when known ({@code {async fn body of leaf()}}), else empty
     */
    record Suspend(int index, Position await, List<SavedLocal> locals, String awaitee, String awaiteeType,
                   List<Temporary> temporaries) implements MachineState {
        public Suspend {
            locals = List.copyOf(locals);
            temporaries = List.copyOf(temporaries);
        }

        @Override
        public String name() {
            return "Suspend" + index;
        }

        public List<String> localNames() {
            return locals.stream().map(SavedLocal::name).toList();
        }
    }

    /** Finished: polling again panics. */
    record Returned() implements MachineState {
        @Override
        public String name() {
            return "Returned";
        }
    }

    /** A poll panicked: polling again panics. */
    record Panicked() implements MachineState {
        @Override
        public String name() {
            return "Panicked";
        }
    }
}
