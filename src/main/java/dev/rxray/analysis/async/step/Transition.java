package dev.rxray.analysis.async.step;

/** The edge of the state graph a step takes, by state names; {@link #NONE} for a step that stays put. */
public record Transition(String from, String to, Kind kind) {
    public static final Transition NONE = new Transition("", "", Kind.NONE);

    public enum Kind { NONE, POLL, PENDING, READY, BACK, RETURN }
}
