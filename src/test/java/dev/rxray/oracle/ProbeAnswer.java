package dev.rxray.oracle;

/**
 * rustc's answer to "is this async fn's future Send (Unpin)?": {@code NOT_PROBED} for async blocks and closures,
 * which cannot be named from outside the sample, {@code UNKNOWN} when rustc refused the probe itself (an async fn
 * with an {@code impl Trait} argument cannot be named with its generic arguments).
 */
public enum ProbeAnswer {
    YES, NO, UNKNOWN, NOT_PROBED;

    static ProbeAnswer parse(String word) {
        return switch (word) {
            case "yes" -> YES;
            case "no" -> NO;
            case "?" -> UNKNOWN;
            default -> throw new IllegalArgumentException("not an answer: " + word);
        };
    }
}
