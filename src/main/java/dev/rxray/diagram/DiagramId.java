package dev.rxray.diagram;

/**
 * Ids for nodes, edges, rows and cells, derived from names so that the same figure always gets the same ids.
 * Letters, digits and {@code _} are kept; every other character becomes {@code _xHH_} (its code point in hex), so
 * the mapping is injective ({@code Foo<'a>} and {@code Foo_'a_} never collide) and safe in DOT, SVG and CSS.
 */
public final class DiagramId {
    private DiagramId() {
    }

    public static String from(String name) {
        if (name.isEmpty()) {
            return "_empty_";
        }
        StringBuilder id = new StringBuilder(name.length() + 8);
        if (Character.isDigit(name.charAt(0))) {
            id.append('n');
        }
        name.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c))) {
                id.appendCodePoint(c);
            } else if (c == '_') {
                id.append("__");
            } else {
                id.append("_x").append(Integer.toHexString(c)).append('_');
            }
        });
        return id.toString();
    }

    /** The id of a child (a row of a node, a cell of a row) inside its parent. */
    public static String child(String parentId, String childName) {
        return parentId + "-" + from(childName);
    }
}
