package dev.rxray.analysis.async.step;

/** How a way from one point of a coroutine body to the next reaches it. */
public enum WayKind {
    /** Straight on to the next {@code .await}, through whatever branches lie between. */
    ON,
    /** Round a loop: its body ended and it runs again. */
    AGAIN,
    /** A loop's condition failed or its iterator ended, and the body goes on after it. */
    LOOP_ENDS,
    /** A {@code break} left a loop or a labelled block. */
    BREAK,
    /** A {@code continue} went back to a loop's head. */
    CONTINUE,
    /** A {@code return} ended the body early. */
    RETURN,
    /** The {@code Err} (or {@code None}) path of {@code ?}: the body returns early. */
    TRY,
    /** The body ran to its end. */
    END
}
