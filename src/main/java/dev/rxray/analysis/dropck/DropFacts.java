package dev.rxray.analysis.dropck;

import dev.rxray.analysis.variance.TypeDeclaration;
import java.util.List;
import java.util.Map;

/**
 * What drop check sees in one type.
 *
 * @param dropImpl  the file implements {@code Drop} for it: then every parameter must strictly outlive the value,
 *                  because the destructor may use them (stable Rust has no {@code #[may_dangle]})
 * @param glue      whether dropping it runs code at all
 * @param owns      the type parameters it owns for drop check, in declaration order (by value, in {@code Box},
 *                  {@code Vec}, {@code PhantomData<T>}...; not behind {@code &T}, raw pointers, {@code fn},
 *                  {@code NonNull} or {@code ManuallyDrop})
 * @param reasons   per type parameter, why it is or is not owned
 */
public record DropFacts(TypeDeclaration declaration, boolean dropImpl, DropGlue glue, List<String> owns,
        Map<String, String> reasons) {

    public DropFacts {
        owns = List.copyOf(owns);
        reasons = Map.copyOf(reasons);
    }
}
