package dev.rxray.oracle;

import java.util.List;
import java.util.Map;

/**
 * Everything rustc said about one struct, enum or union.
 *
 * @param variance one entry per generic parameter in declaration order; empty for a type without parameters
 * @param errors   errors rustc reports at the declaration itself (E0392), in rustc's order
 * @param probes   the base instantiation first, then one per (type parameter, probe type); empty when the type is
 *                 not at the top level of the sample (the recorder cannot name it from outside)
 * @param summary  per auto trait, the condition read off {@code probes}
 */
public record TypeFacts(Kind kind, String name, List<ParamVariance> variance, List<TypeError> errors,
                        List<AutoTraitProbe> probes, Map<AutoTrait, Condition> summary) {

    public enum Kind { STRUCT, ENUM, UNION }

    public TypeFacts {
        variance = List.copyOf(variance);
        errors = List.copyOf(errors);
        probes = List.copyOf(probes);
        summary = Map.copyOf(summary);
    }

    public Condition condition(AutoTrait trait) {
        return summary.get(trait);
    }
}
