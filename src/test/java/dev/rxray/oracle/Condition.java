package dev.rxray.oracle;

import java.util.List;

/**
 * When a type has an auto trait, as read off its probes: always, never, when each named parameter has the listed
 * traits, or unknown (a probe was ill-formed, or the failures fit no such condition).
 */
public sealed interface Condition {

    record Always() implements Condition {
    }

    record Never() implements Condition {
    }

    /** {@code if(T:Send,U:Send+Sync)}. */
    record When(List<Requirement> requirements) implements Condition {
        public When {
            requirements = List.copyOf(requirements);
        }
    }

    record Unknown() implements Condition {
    }

    record Requirement(String param, List<AutoTrait> traits) {
        public Requirement {
            traits = List.copyOf(traits);
        }
    }

    static Condition parse(String text) {
        return switch (text) {
            case "yes" -> new Always();
            case "no" -> new Never();
            case "unknown" -> new Unknown();
            default -> {
                if (!text.startsWith("if(") || !text.endsWith(")")) {
                    throw new IllegalArgumentException("not a condition: " + text);
                }
                List<Requirement> requirements = new java.util.ArrayList<>();
                for (String part : text.substring(3, text.length() - 1).split(",")) {
                    String[] paramAndTraits = part.split(":");
                    if (paramAndTraits.length != 2) {
                        throw new IllegalArgumentException("not a requirement: " + part);
                    }
                    requirements.add(new Requirement(paramAndTraits[0],
                            java.util.Arrays.stream(paramAndTraits[1].split("\\+")).map(AutoTrait::ofRustName)
                                    .toList()));
                }
                yield new When(requirements);
            }
        };
    }
}
