package dev.rxray.analysis.async;

/**
 * A field kept in every state: a parameter of an async fn ({@code __argN} for a pattern, {@code _} stays {@code _}),
 * or a place captured by a block or closure ({@code order__note}, {@code _ref__order__note} when by reference).
 *
 * @param origin where the field comes from, in a few words ({@code moves order.note in}); empty for a parameter
 */
public record Upvar(String name, TypeFact type, String origin) {
    public Upvar(String name, TypeFact type) {
        this(name, type, "");
    }
}
