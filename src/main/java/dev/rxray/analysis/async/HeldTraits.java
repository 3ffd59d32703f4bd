package dev.rxray.analysis.async;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.AutoTraitSolver;
import dev.rxray.analysis.autotraits.TraitAnswer;
import dev.rxray.analysis.autotraits.TypeAutoTraits;
import dev.rxray.analysis.variance.FileTypes;
import dev.rxray.analysis.variance.TypeText;
import dev.rxray.syntax.tree.RustText;
import dev.rxray.syntax.tree.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a value a coroutine holds is {@code Send} or {@code Sync}, answered by the auto-trait solver over the
 * file's own structs, enums and unions and its table of std types: {@code &T} is Send only when {@code T} is Sync,
 * a struct is what its fields are, {@code Arc<T>} needs {@code T: Send + Sync}, and so on. Where the solver
 * cannot decide (a type from another crate, a generic parameter, a type the analysis only half knows such as
 * {@code Vec<_>}), the answer falls back to what {@link TypeInference} found, which is rustc's answer for the
 * std types it knows and "yes, assumed" otherwise.
 *
 * <p>Input: the held value's {@link TypeFact} and a trait. Output: empty when it has the trait, else the reason.
 */
final class HeldTraits {
    /** Types that are never Sync whatever their arguments, for when the solver cannot decide. */
    private static final Pattern NOT_SYNC = Pattern.compile(
            "(^|[^A-Za-z_])(Rc|Weak|Cell|RefCell|UnsafeCell|OnceCell|Ref|RefMut)<|\\*const |\\*mut ");

    private final FileTypes file;
    private final List<TypeAutoTraits> solved;
    private final Map<String, Optional<Type>> parsed = new HashMap<>();
    private final Map<String, Optional<String>> lacking = new HashMap<>();
    private final Map<String, Map<AutoTrait, TraitAnswer>> answers = new HashMap<>();

    HeldTraits(FileTypes file, List<TypeAutoTraits> solved) {
        this.file = file;
        this.solved = List.copyOf(solved);
    }

    /** Why a value of this type lacks {@code trait}; empty when it has it. */
    Optional<String> lacks(TypeFact fact, AutoTrait trait) {
        return lacking.computeIfAbsent(trait.rustName() + " " + fact.text(), k -> decide(fact, trait));
    }

    private Optional<String> decide(TypeFact fact, AutoTrait trait) {
        Optional<Type> type = parsed.computeIfAbsent(fact.text(), TypeText::parse);
        if (type.isPresent()) {
            switch (answer(type.get(), trait)) {
                case TraitAnswer.Yes y -> {
                    return Optional.empty();
                }
                case TraitAnswer.No n -> {
                    String why = explain(type.get(), trait, n);
                    // For a std type the inference's wording says more ("its reference count is not atomic").
                    boolean std = !(type.get() instanceof Type.Reference) && !mentionsFileType(fact.text());
                    return Optional.of(std && trait == AutoTrait.SEND && !fact.send() && !fact.whyNotSend().isBlank()
                            ? fact.whyNotSend() : why);
                }
                default -> {
                }
            }
        }
        return switch (trait) {
            case SEND -> fact.send() ? Optional.empty() : Optional.of(fact.whyNotSend());
            case SYNC -> NOT_SYNC.matcher(fact.text()).find()
                    ? Optional.of("`" + fact.text() + "` is not Sync") : Optional.empty();
            case UNPIN -> Optional.empty();
        };
    }

    private boolean mentionsFileType(String text) {
        return file.declarations().stream()
                .anyMatch(d -> Pattern.compile("\\b" + Pattern.quote(d.name()) + "\\b").matcher(text).find());
    }

    private TraitAnswer answer(Type type, AutoTrait trait) {
        // The solver answers all three traits at once; Send and Sync of one type share that work.
        return answers.computeIfAbsent(RustText.of(type), k -> AutoTraitSolver.evaluate(type, file, solved))
                .get(trait);
    }

    /**
     * The solver's reason, told from the value's side: a shared reference blames its target's missing Sync, and a
     * type of the file names its own field ({@code `&Tally` is not Send because `Tally` is not Sync: field
     * `count: Cell<u32>` holds `Cell`, which is never Sync}).
     */
    private String explain(Type type, AutoTrait trait, TraitAnswer.No no) {
        Type target = type instanceof Type.Paren p ? p.type() : type;
        if (target instanceof Type.Reference r && trait != AutoTrait.UNPIN) {
            AutoTrait needed = r.mutable() ? trait : AutoTrait.SYNC;
            if (answer(r.type(), needed) instanceof TraitAnswer.No inner) {
                String referent = "`" + RustText.of(r.type()) + "`";
                return "`" + RustText.of(type) + "` is not " + trait.rustName() + " because " + referent
                        + " is not " + needed.rustName() + ": " + detail(r.type(), needed, inner);
            }
        }
        if (target instanceof Type.PathType p && !p.path().segments().isEmpty()) {
            Optional<TraitAnswer> own = solved.stream()
                    .filter(s -> s.declaration().name().equals(p.path().lastName())).findFirst()
                    .map(s -> s.answer(trait));
            if (own.isPresent() && own.get() instanceof TraitAnswer.No ownNo) {
                return ownNo.reason();
            }
        }
        return no.reason();
    }

    /** The part of a reason after "`X` is not T because", when the solver phrased it so. */
    private String detail(Type type, AutoTrait trait, TraitAnswer.No no) {
        String reason = explain(type, trait, no);
        String lead = "`" + RustText.of(type) + "` is not " + trait.rustName() + " because ";
        return reason.startsWith(lead) ? reason.substring(lead.length()) : reason;
    }
}
