package dev.rxray.analysis.variance;

import java.util.List;
import java.util.stream.Collectors;

/** One occurrence of a parameter inside a field's type: the variance there and the constructors passed through. */
public record Use(String param, Variance variance, List<Step> path) {

    public Use {
        path = List.copyOf(path);
    }

    /** "puts it under `RefCell` (invariant) > `Vec` (covariant)", or "holds it directly". */
    public String route() {
        return path.isEmpty() ? "holds it directly" : "puts it under " + path.stream().map(Step::text)
                .collect(Collectors.joining(" > "));
    }
}
