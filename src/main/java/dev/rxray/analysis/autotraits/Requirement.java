package dev.rxray.analysis.autotraits;

import java.util.List;
import java.util.stream.Collectors;

/** A parameter and the auto traits it must have, in {@link AutoTrait} order: {@code T: Send + Sync}. */
public record Requirement(String param, List<AutoTrait> traits) {

    public Requirement {
        traits = List.copyOf(traits);
    }

    public String text() {
        return param + ": " + traits.stream().map(AutoTrait::rustName).collect(Collectors.joining(" + "));
    }
}
