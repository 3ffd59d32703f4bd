package dev.rxray.analysis.variance;

import java.util.List;
import java.util.stream.Collectors;

/** One occurrence of a parameter inside a field's type: the variance there and the constructors passed through. */
public record Use(String param, Variance variance, List<Step> path) {

    public Use {
        path = List.copyOf(path);
    }

    /** "under `RefCell` (invariant) > `Vec` (covariant)", or "directly" for the field's whole type. */
    public String route() {
        return path.isEmpty() ? "directly" : "under " + path.stream().map(Step::text)
                .collect(Collectors.joining(" > "));
    }
}
