package dev.rxray.analysis.async;

/**
 * What the analysis knows about the type of a local, a temporary or an upvar.
 *
 * @param text       the type as Rust text, or {@code ?} when nothing is known
 * @param copy       whether a by-value use copies rather than moves
 * @param needsDrop  whether dropping it runs code (so its drop at scope end is a use)
 * @param send       whether it may cross threads
 * @param reference  whether it is a reference, so that a field access or method call goes through a deref
 * @param assumed    whether some of the above is rustc's conservative answer rather than known from the file
 * @param whyNotSend when {@code send} is false, the reason in a few words; empty otherwise
 */
public record TypeFact(String text, boolean copy, boolean needsDrop, boolean send, boolean reference, boolean assumed,
                       String whyNotSend) {

    /** A type the file does not reveal: treated as rustc treats a generic parameter, needing drop, not Copy. */
    public static TypeFact unknown(String text) {
        return new TypeFact(text, false, true, true, false, true, "");
    }

    public static TypeFact unknown() {
        return unknown("?");
    }

    /** A plain Copy value with no drop glue that is Send: integers, floats, bool, char. */
    public static TypeFact scalar(String text) {
        return new TypeFact(text, true, false, true, false, false, "");
    }

    public static TypeFact owned(String text, boolean send, String whyNotSend) {
        return new TypeFact(text, false, true, send, false, false, send ? "" : whyNotSend);
    }

    public static TypeFact reference(String text, boolean send, String whyNotSend) {
        return new TypeFact(text, true, false, send, true, false, send ? "" : whyNotSend);
    }

    /**
     * A future of this file ({@code {async fn body of f()}}, {@code {async block@..}}): known, with drop glue; whether
     * it is Send is the coroutine's own verdict, which the Send check reads from the name.
     */
    public static TypeFact future(String rustcName) {
        return new TypeFact(rustcName, false, true, true, false, false, "");
    }

    public boolean known() {
        return !assumed;
    }

    public TypeFact withText(String newText) {
        return new TypeFact(newText, copy, needsDrop, send, reference, assumed, whyNotSend);
    }
}
