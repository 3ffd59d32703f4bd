package dev.rxray.oracle;

/** The auto traits the recorder probes, with the spelling used in the golden. */
public enum AutoTrait {
    SEND("Send"), SYNC("Sync"), UNPIN("Unpin");

    private final String rustName;

    AutoTrait(String rustName) {
        this.rustName = rustName;
    }

    public String rustName() {
        return rustName;
    }

    static AutoTrait ofRustName(String name) {
        for (AutoTrait t : values()) {
            if (t.rustName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown auto trait " + name);
    }
}
