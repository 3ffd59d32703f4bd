package dev.rxray.analysis.async;

import dev.rxray.syntax.Span;
import java.util.List;

/** A coroutine found in the file with the flow of its body: the input of the solving passes. */
record CoroutineSite(CoroutineKind kind, String name, String rustcName, Position start, Span body, List<Upvar> upvars,
                     Flow flow, String selfOwner) {
    CoroutineSite {
        upvars = List.copyOf(upvars);
    }
}
