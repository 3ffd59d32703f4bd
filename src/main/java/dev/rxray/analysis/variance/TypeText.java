package dev.rxray.analysis.variance;

import dev.rxray.syntax.ParseResult;
import dev.rxray.syntax.RustSyntax;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.tree.Item;
import dev.rxray.syntax.tree.Type;
import java.util.Optional;

/**
 * Parses a type written as text ({@code Wrapper<Rc<u8>>}) with the project's parser, by reading it as the type of
 * an alias {@code type __X = <text>;}. Empty when the text is not exactly one well-formed type.
 */
public final class TypeText {

    private static final String ALIAS = "__RxrayTarget";

    private TypeText() {
    }

    public static Optional<Type> parse(String text) {
        if (text.isBlank() || text.contains(";") || text.length() > 10_000) {
            return Optional.empty();
        }
        ParseResult result = RustSyntax.parse(SourceFile.of("<type>", "type " + ALIAS + " = " + text + ";\n"));
        if (result.hasErrors() || result.crate().items().size() != 1
                || !(result.crate().items().getFirst() instanceof Item.TypeAlias alias)
                || !alias.name().name().equals(ALIAS)) {
            return Optional.empty();
        }
        return alias.type().filter(t -> !(t instanceof Type.Error));
    }
}
