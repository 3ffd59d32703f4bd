package dev.rxray.analysis.async.step;

import java.util.List;

/**
 * One step of the simulated executor.
 *
 * @param state       the state the future is in at the end of the step ({@code Suspend1}, {@code Returned})
 * @param region      the code that runs in this step, with the {@code .await} it stops at; for steps that run no
 *                    code, the region of the current state
 * @param runsCode    whether body code runs in this step
 * @param saved       the fields held in {@code state} at the end of the step (upvars, saved locals, temporaries,
 *                    {@code __awaitee})
 * @param poll        how many times {@code poll} has been called so far
 * @param result      what this step's {@code poll} returns ({@code Poll::Pending}, {@code Poll::Ready(..)}), or empty
 * @param description one sentence for the status line
 */
public record Step(int index, StepKind kind, String state, SourceRegion region, boolean runsCode, List<String> saved,
                   int poll, String result, Transition transition, String description) {
    public Step {
        saved = List.copyOf(saved);
    }
}
