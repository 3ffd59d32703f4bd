package dev.rxray.analysis.async;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.AutoTraitSolver;
import dev.rxray.analysis.autotraits.TypeAutoTraits;
import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.syntax.ParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The façade of the analysis: runs the passes in order ({@link FileIndex}, {@link CoroutineFinder} with
 * {@link FlowRecorder}, {@link SavedLocalsSolver}, {@link SendCheck} for Send and for Sync over
 * {@link HeldTraits}) and assembles one {@link CoroutineMachine} per coroutine. Total: for any tree, including
 * one with syntax errors, it returns a report and never throws for input reasons.
 */
public final class AsyncAnalysis {
    /** Why no future of an async fn, block or closure is Unpin. */
    public static final String UNPIN_REASON = "a coroutine may hold references into its own saved locals across an"
            + " await (it is self-referential), so rustc never implements Unpin for it: it must be pinned before"
            + " it is polled";

    private AsyncAnalysis() {
    }

    /** The analysis alone: it collects and solves the file's own types for the auto traits of held values. */
    public static AsyncReport analyze(ParseResult parse) {
        FileTypes file = FileTypes.collect(parse.crate());
        return analyze(parse, file, AutoTraitSolver.solve(file));
    }

    /**
     * The analysis over the file's types as the pipeline already solved them ({@code file} collected from the same
     * parse, {@code autoTraits} solved from {@code file}), so the held values' Send and Sync agree with the types
     * view.
     */
    public static AsyncReport analyze(ParseResult parse, FileTypes file, List<TypeAutoTraits> autoTraits) {
        HeldTraits held = new HeldTraits(file, autoTraits);
        FileIndex index = FileIndex.of(parse.crate());
        TypeInference types = new TypeInference(index);
        List<CoroutineSite> sites = CoroutineFinder.find(parse.crate(), parse.source(), index, types);
        Map<String, List<MachineState.Suspend>> suspends = new HashMap<>();
        for (CoroutineSite site : sites) {
            SavedLocalsSolver solver = new SavedLocalsSolver(site.flow());
            List<MachineState.Suspend> states = new ArrayList<>();
            for (Flow.AwaitSite await : site.flow().awaits()) {
                states.add(new MachineState.Suspend(await.index(), await.keyword(), solver.savedAt(await),
                        await.awaitee(), await.awaiteeType(), await.temporaries()));
            }
            suspends.merge(site.rustcName(), states, (a, b) -> a);
        }
        Map<String, List<SendBlocker>> blockers = SendCheck.check(sites, suspends, held, AutoTrait.SEND);
        Map<String, List<SendBlocker>> syncBlockers = SendCheck.check(sites, suspends, held, AutoTrait.SYNC);
        List<CoroutineMachine> machines = new ArrayList<>();
        for (CoroutineSite site : sites) {
            List<MachineState.Suspend> own = suspends.getOrDefault(site.rustcName(), List.of());
            List<MachineState> states = new ArrayList<>();
            states.add(new MachineState.Unresumed());
            states.addAll(own);
            states.add(new MachineState.Returned());
            states.add(new MachineState.Panicked());
            List<SendBlocker> blocking = blockers.getOrDefault(site.rustcName(), List.of());
            machines.add(new CoroutineMachine(site.kind(), site.name(), site.rustcName(), site.start(), site.body(),
                    site.upvars(), states, blocking.isEmpty(), blocking, false, UNPIN_REASON,
                    assumed(site, own), syncBlockers.getOrDefault(site.rustcName(), List.of())));
        }
        return new AsyncReport(machines);
    }

    private static List<String> assumed(CoroutineSite site, List<MachineState.Suspend> states) {
        Set<String> facts = new LinkedHashSet<>();
        for (Upvar u : site.upvars()) {
            if (u.type().assumed()) {
                facts.add("upvar `" + u.name() + "`: type " + u.type().text()
                        + " not known from this file; assumed Send");
            }
        }
        for (MachineState.Suspend s : states) {
            for (SavedLocal l : s.locals()) {
                if (l.type().assumed()) {
                    facts.add("`" + l.name() + "` (" + l.declared() + "): type " + l.type().text()
                            + " not known from this file; assumed to need drop and to be Send");
                }
            }
            for (Temporary t : s.temporaries()) {
                if (t.type().assumed()) {
                    facts.add("temporary `" + t.text() + "` (" + t.at() + "): type " + t.type().text()
                            + " not known from this file; assumed Send");
                }
            }
        }
        return List.copyOf(facts);
    }
}
