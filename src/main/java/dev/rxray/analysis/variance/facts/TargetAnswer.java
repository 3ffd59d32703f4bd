package dev.rxray.analysis.variance.facts;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.autotraits.TraitAnswer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Send, Sync and Unpin of one target: a coroutine's future or a type.
 *
 * @param kind      {@code "future"} or {@code "type"}
 * @param type      rustc's name of the future ({@code {async fn body of fetch()}}), or the type as parsed
 * @param coroutine the coroutine's name, for a future
 * @param answers   per trait, yes / no / a condition / unknown, with one reason
 * @param reasons   per trait, every reason (a future lists each value that blocks it)
 * @param assumed   per trait, whether part of the answer is rustc's conservative choice for a type the file
 *                  cannot tell
 */
public record TargetAnswer(String kind, String type, Optional<String> coroutine, Map<AutoTrait, TraitAnswer> answers,
        Map<AutoTrait, List<String>> reasons, Map<AutoTrait, Boolean> assumed) {

    public TargetAnswer {
        answers = java.util.Collections.unmodifiableMap(new EnumMap<>(answers));
        reasons = java.util.Collections.unmodifiableMap(new EnumMap<>(reasons));
        assumed = java.util.Collections.unmodifiableMap(new EnumMap<>(assumed));
    }
}
