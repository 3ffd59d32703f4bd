package dev.rxray.analysis.async;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A place of an enclosing body that a block or closure uses: a variable and the field and deref projections on it.
 * Since edition 2021 rustc captures such places rather than whole variables (RFC 2229), then makes a place coarser
 * where a precise capture would be unsound or useless; {@link #captured} applies those rules in rustc's order.
 *
 * @param root     the variable
 * @param rootType its type
 * @param steps    the projections, outermost first
 */
record CapturedPlace(String root, TypeFact rootType, List<Step> steps) {
    CapturedPlace {
        steps = List.copyOf(steps);
    }

    /** One projection and the type it reaches. */
    sealed interface Step {
        TypeFact reached();
    }

    /** A named field or tuple position; {@code index} is its place in the declaration, -1 when unknown. */
    record FieldStep(String field, int index, TypeFact reached) implements Step {
    }

    /** A deref of a reference or of a {@code Box}, written or automatic. */
    record DerefStep(TypeFact reached) implements Step {
    }

    static CapturedPlace of(String root, TypeFact rootType) {
        return new CapturedPlace(root, rootType, List.of());
    }

    CapturedPlace then(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new CapturedPlace(root, rootType, longer);
    }

    /** The type of the place itself. */
    TypeFact type() {
        return steps.isEmpty() ? rootType : steps.getLast().reached();
    }

    /** rustc's name for the capture: the variable and its fields joined by {@code __}, derefs left out. */
    String name() {
        StringBuilder name = new StringBuilder(root);
        for (Step s : steps) {
            if (s instanceof FieldStep f) {
                name.append("__").append(f.field());
            }
        }
        return name.toString();
    }

    /** The place as Rust text: {@code order.note}, {@code (*r).a}, {@code *r}. */
    String rustText() {
        String text = root;
        for (Step s : steps) {
            text = switch (s) {
                case FieldStep f -> text + "." + f.field();
                case DerefStep d -> "(*" + text + ")";
            };
        }
        return text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1) : text;
    }

    /** Whether this place is {@code other} or contains it (so a capture of this place serves both). */
    boolean covers(CapturedPlace other) {
        if (!root.equals(other.root) || steps.size() > other.steps.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (!sameProjection(steps.get(i), other.steps.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place and mode that rustc captures for one use of this place. A by-value capture cannot move out through a
     * deref, so it stops before the first one; a move block or closure captures everything by value; a shared
     * borrow through a shared reference gains nothing from precision, so it stops at that reference's deref; and
     * nothing may be moved out of a type with its own {@code Drop}, so a by-value capture stops at such a type.
     *
     * @param byValue      whether the use moves (or copies, in a {@code move} block) the value
     * @param moveBody     whether the block or closure is {@code move}
     * @param ownDrop      whether a type is one of the file's types with a {@code Drop} impl
     */
    Captured captured(boolean byValue, boolean moveBody, Predicate<TypeFact> ownDrop) {
        CapturedPlace place = this;
        boolean value = byValue || moveBody;
        if (value) {
            place = place.truncated(place.firstDeref());
        } else {
            int deref = place.lastDeref();
            if (deref >= 0 && place.before(deref).reference() && place.before(deref).copy()) {
                place = place.truncated(deref + 1);
            }
        }
        if (value) {
            for (int i = 0; i < place.steps.size(); i++) {
                if (place.steps.get(i) instanceof FieldStep && ownDrop.test(place.before(i))) {
                    place = place.truncated(i);
                    break;
                }
            }
        }
        return new Captured(place, value);
    }

    /** A place as captured, by value or by reference. */
    record Captured(CapturedPlace place, boolean byValue) {
    }

    /**
     * rustc's order of the captured places of one variable: by the declaration order of the fields on their paths,
     * not by first use.
     */
    static int compareFieldOrder(CapturedPlace a, CapturedPlace b) {
        int common = Math.min(a.steps.size(), b.steps.size());
        for (int i = 0; i < common; i++) {
            if (a.steps.get(i) instanceof FieldStep f && b.steps.get(i) instanceof FieldStep g
                    && f.index() != g.index()) {
                return Integer.compare(f.index(), g.index());
            }
        }
        return Integer.compare(a.steps.size(), b.steps.size());
    }

    private TypeFact before(int step) {
        return step == 0 ? rootType : steps.get(step - 1).reached();
    }

    private int firstDeref() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof DerefStep) {
                return i;
            }
        }
        return steps.size();
    }

    private int lastDeref() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof DerefStep) {
                return i;
            }
        }
        return -1;
    }

    private CapturedPlace truncated(int length) {
        return length >= steps.size() ? this : new CapturedPlace(root, rootType, steps.subList(0, length));
    }

    private static boolean sameProjection(Step a, Step b) {
        return switch (a) {
            case FieldStep f -> b instanceof FieldStep g && f.field().equals(g.field());
            case DerefStep d -> b instanceof DerefStep;
        };
    }
}
