package dev.rxray.analysis.variance.chooser;

import java.util.List;

/** The playground's answer: yes, no, or yes only if some lifetimes outlive others, with the reasoning line by line. */
public sealed interface Verdict {
    List<String> reasons();

    record Yes(List<String> reasons) implements Verdict {
        public Yes {
            reasons = List.copyOf(reasons);
        }
    }

    record No(List<String> reasons) implements Verdict {
        public No {
            reasons = List.copyOf(reasons);
        }
    }

    /** Holds when every bound in {@code bounds} ({@code 'a: 'b}) holds. */
    record OnlyIf(List<String> bounds, List<String> reasons) implements Verdict {
        public OnlyIf {
            bounds = List.copyOf(bounds);
            reasons = List.copyOf(reasons);
        }
    }

    default String text() {
        return switch (this) {
            case Yes y -> "yes";
            case No n -> "no";
            case OnlyIf o -> "only if " + String.join(", ", o.bounds());
        };
    }
}
