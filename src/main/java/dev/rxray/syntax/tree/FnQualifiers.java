package dev.rxray.syntax.tree;

import dev.rxray.syntax.Span;

/**
 * The words before {@code fn}. {@code abi} is the ABI string without quotes, empty when {@code extern} stands alone
 * or is absent. The span is empty at the {@code fn} keyword when no qualifier is written.
 */
public record FnQualifiers(boolean isDefault, boolean isConst, boolean isAsync, boolean unsafe, boolean extern,
        String abi, Span span) implements Node {

    /** The outline's kind word: {@code fn}, {@code async fn}, {@code const unsafe fn} ... */
    public String keywords() {
        StringBuilder sb = new StringBuilder();
        if (isDefault) {
            sb.append("default ");
        }
        if (isConst) {
            sb.append("const ");
        }
        if (isAsync) {
            sb.append("async ");
        }
        if (unsafe) {
            sb.append("unsafe ");
        }
        if (extern) {
            sb.append(abi.isEmpty() ? "extern " : "extern \"" + abi + "\" ");
        }
        return sb.append("fn").toString();
    }
}
