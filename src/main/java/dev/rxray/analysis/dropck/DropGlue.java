package dev.rxray.analysis.dropck;

import java.util.List;

/**
 * Whether dropping a value runs code: always (a {@code Drop} impl, or a field that owns heap memory), never, or
 * only when some type parameters need dropping ({@code params}). Each with its reason.
 */
public sealed interface DropGlue {

    String reason();

    record Always(String reason) implements DropGlue {
    }

    record Never(String reason) implements DropGlue {
    }

    record IfParams(List<String> params, String reason) implements DropGlue {
        public IfParams {
            params = List.copyOf(params);
        }
    }

    default String text() {
        return switch (this) {
            case Always a -> "yes";
            case Never n -> "no";
            case IfParams p -> "if " + String.join(", ", p.params().stream().map(x -> x + " needs drop").toList());
        };
    }
}
