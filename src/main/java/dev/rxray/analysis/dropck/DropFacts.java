package dev.rxray.analysis.dropck;

import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeParameter;
import java.util.List;
import java.util.Map;

/**
 * What drop check sees in one type.
 *
 * @param dropImpl   the file implements {@code Drop} for it: then every parameter must strictly outlive the value,
 *                   because the destructor may use them (stable Rust has no {@code #[may_dangle]})
 * @param glue       whether dropping it runs code at all
 * @param owns       the type parameters it owns for drop check, in declaration order (by value, in {@code Box},
 *                   {@code Vec}, {@code PhantomData<T>}...; not behind {@code &T}, raw pointers, {@code fn},
 *                   {@code NonNull}, {@code ManuallyDrop} or {@code Weak})
 * @param lifetimes  the lifetime parameters its fields may use when dropped (inside a field whose type has a
 *                   {@code Drop} impl of its own, or a {@code dyn Trait + 'a}), in declaration order
 * @param reasons    per parameter, why it is or is not owned (type parameters) or used at drop (lifetimes)
 */
public record DropFacts(TypeDeclaration declaration, boolean dropImpl, DropGlue glue, List<String> owns,
        List<String> lifetimes, Map<String, String> reasons) {

    public DropFacts {
        owns = List.copyOf(owns);
        lifetimes = List.copyOf(lifetimes);
        reasons = Map.copyOf(reasons);
    }

    /**
     * The parameters whose borrowed data must still be alive when a value is dropped, in declaration order: none
     * when the type never has drop glue (its drop runs no code, so drop check never looks inside), every one with
     * a {@code Drop} impl, else the owned type parameters and the lifetimes the fields use when dropped. This is
     * what rustc's borrow checker decides for {@code let x; let s = ..; x = make(&s);} (E0597 when used).
     */
    public List<String> usedAtDrop() {
        if (glue instanceof DropGlue.Never) {
            return List.of();
        }
        return declaration.params().stream().map(TypeParameter::name)
                .filter(p -> dropImpl || owns.contains(p) || lifetimes.contains(p)).toList();
    }
}
