package dev.rxray.analysis.async;

import java.util.List;
import java.util.Map;

/**
 * The straight-line record of one coroutine body that {@link FlowRecorder} makes, in evaluation order: every
 * binding, every use of one, every scope end and every live {@code .await}. Branches and loops are kept as
 * {@link Frame}s on each event, which is all that {@link SavedLocalsSolver} needs to answer "may this happen before
 * / after that await on some path".
 *
 * @param captures   for a block or closure, the variables of enclosing bodies it uses, in order of first use
 * @param branchArms for each branch construct, how many arms it has (an {@code if} has two, with or without
 *                   {@code else})
 */
record Flow(List<Binding> bindings, List<Event> events, List<AwaitSite> awaits, List<Capture> captures,
            Map<Integer, Integer> branchArms) {
    Flow {
        bindings = List.copyOf(bindings);
        events = List.copyOf(events);
        awaits = List.copyOf(awaits);
        captures = List.copyOf(captures);
        branchArms = Map.copyOf(branchArms);
    }

    /** A local of the body: a parameter, a {@code let} or pattern binding, or a {@code for} loop's hidden iterator. */
    record Binding(int id, String name, Position declared, TypeFact type, boolean parameter) {
    }

    /** How an event uses a binding. */
    enum UseKind { READ, MOVE, BORROW, WRITE }

    /**
     * One enclosing control construct: an arm of a branch ({@code if}/{@code else}, a {@code match} arm, the right
     * side of {@code &&}), or a loop body.
     */
    record Frame(int construct, int arm, boolean loop) {
    }

    sealed interface Event {
        int seq();

        List<Frame> context();
    }

    /** The binding holds its value from here on (after its initializer ran). */
    record Declared(int binding, int seq, List<Frame> context) implements Event {
    }

    record Used(int binding, UseKind kind, int seq, List<Frame> context) implements Event {
    }

    /** The end of the binding's scope: its storage dies here. */
    record ScopeEnded(int binding, int seq, List<Frame> context) implements Event {
    }

    record Suspended(int await, int seq, List<Frame> context) implements Event {
    }

    /**
     * A reachable {@code .await}, numbered in rustc's order.
     *
     * @param keyword     the position of the {@code await} keyword
     * @param awaitee     the awaited expression's text
     * @param awaiteeType its type when the file tells it, else empty
     * @param temporaries the unnamed values alive across it
     */
    record AwaitSite(int index, Position keyword, String awaitee, String awaiteeType, int seq, List<Frame> context,
                     List<Temporary> temporaries) {
        AwaitSite {
            context = List.copyOf(context);
            temporaries = List.copyOf(temporaries);
        }
    }

    /**
     * A place of an enclosing body captured by a block or closure: by value when it is moved in, else by a
     * reference, {@code mutable} when the body writes through it.
     */
    record Capture(CapturedPlace place, boolean byValue, boolean mutable) {
        /** rustc's name for the upvar: {@code p__a} by value, {@code _ref__p__a} by reference. */
        String name() {
            return byValue ? place.name() : "_ref__" + place.name();
        }

        /** The upvar's type: the place's own, or a reference to it. */
        TypeFact type() {
            TypeFact t = place.type();
            return byValue ? t : new TypeFact((mutable ? "&mut " : "&") + t.text(), !mutable, false, t.send(), true,
                    t.assumed(), t.whyNotSend());
        }

        /** How the capture reads to a person: {@code moves order.note in}, {@code borrows order.id}. */
        String origin() {
            String place = "`" + this.place.rustText() + "`";
            return byValue ? (this.place.type().copy() ? "copies " + place + " in" : "moves " + place + " in")
                    : mutable ? "borrows " + place + " mutably" : "borrows " + place;
        }

        /** This capture widened to also serve {@code other}, which it covers. */
        Capture absorbing(Capture other) {
            return new Capture(place, byValue || other.byValue, mutable || other.mutable);
        }
    }
}
