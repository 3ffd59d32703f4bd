package dev.rxray.analysis.autotraits;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a type has an auto trait: always, never, when its parameters have some auto traits, or unknown (a
 * projection, an {@code impl Trait}, a type the analysis does not know). Every answer carries its reason.
 */
public sealed interface TraitAnswer {

    String reason();

    record Yes(String reason) implements TraitAnswer {
    }

    record No(String reason) implements TraitAnswer {
    }

    /** Requirements in parameter declaration order. */
    record If(List<Requirement> requirements, String reason) implements TraitAnswer {
        public If {
            requirements = List.copyOf(requirements);
        }
    }

    record Unknown(String reason) implements TraitAnswer {
    }

    /** {@code yes}, {@code no}, {@code if T: Send, F: Send + Sync}, {@code unknown}. */
    default String text() {
        return switch (this) {
            case Yes y -> "yes";
            case No n -> "no";
            case If i -> "if " + i.requirements().stream().map(Requirement::text).collect(Collectors.joining(", "));
            case Unknown u -> "unknown";
        };
    }

    /** The compact form of the goldens: {@code yes}, {@code no}, {@code if(T:Send,F:Send+Sync)}, {@code unknown}. */
    default String compact() {
        return switch (this) {
            case If i -> "if(" + i.requirements().stream().map(r -> r.param() + ":" + r.traits().stream()
                    .map(AutoTrait::rustName).collect(Collectors.joining("+"))).collect(Collectors.joining(","))
                    + ")";
            default -> text();
        };
    }
}
