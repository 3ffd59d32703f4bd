package dev.rxray.analysis.variance;

import java.util.List;

/**
 * rustc's E0392 for a lifetime or type parameter that no field constrains, with rustc's message and the
 * {@code PhantomData} fields that would fix it. {@code recursive} is set when the parameter does appear, but only
 * in the type's own recursive uses (rustc then says "only used recursively" and gives no code).
 */
public record UnusedParameter(String param, ParamKind kind, boolean recursive, String code, String message,
        List<PhantomFix> fixes) {

    public UnusedParameter {
        fixes = List.copyOf(fixes);
    }
}
