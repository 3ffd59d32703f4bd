package dev.rxray.analysis.variance.chooser;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.Variance;
import java.util.EnumMap;
import java.util.Map;

/** What a parameter's marker should give: a variance, per auto trait a demand (missing means any), drop check. */
public record Wish(Variance variance, Map<AutoTrait, TraitDemand> traits, DropDemand drop) {

    public Wish {
        traits = Map.copyOf(traits);
    }

    public static Wish variance(Variance variance) {
        return new Wish(variance, Map.of(), DropDemand.ANY);
    }

    public Wish with(AutoTrait trait, TraitDemand demand) {
        Map<AutoTrait, TraitDemand> next = new EnumMap<>(AutoTrait.class);
        next.putAll(traits);
        next.put(trait, demand);
        return new Wish(variance, next, drop);
    }

    public Wish withDrop(DropDemand demand) {
        return new Wish(variance, traits, demand);
    }

    public TraitDemand demand(AutoTrait trait) {
        return traits.getOrDefault(trait, TraitDemand.ANY);
    }
}
