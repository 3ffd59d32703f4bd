package dev.rxray.analysis.autotraits;

/** The auto traits the analysis answers for, in the order every output lists them. */
public enum AutoTrait {
    SEND("Send"),
    SYNC("Sync"),
    UNPIN("Unpin");

    private final String rustName;

    AutoTrait(String rustName) {
        this.rustName = rustName;
    }

    public String rustName() {
        return rustName;
    }

    public static java.util.Optional<AutoTrait> ofRustName(String name) {
        for (AutoTrait t : values()) {
            if (t.rustName.equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
