package dev.rxray.analysis.async;

import java.util.List;

/**
 * Whether a coroutine's future implements one auto trait, with the reasons when it does not.
 *
 * @param assumed whether the answer rests on types the file does not reveal
 */
public record TraitVerdict(String trait, boolean holds, List<String> reasons, boolean assumed) {
    public TraitVerdict {
        reasons = List.copyOf(reasons);
    }
}
