package dev.rxray.ui.variance;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapping paragraph of the analyses' reasons, which quote code between backticks as rustc's messages do: the
 * quoted parts are drawn in the monospaced font without the backticks ({@code `'a` is covariant} reads "'a is
 * covariant" with {@code 'a} as code), so a lifetime's apostrophe next to a backtick is not misread.
 */
final class CodeText extends TextFlow {
    private String text = "";

    CodeText() {
        getStyleClass().add("rx-code-text");
    }

    /** The text as given, backticks included (what tests and copies compare). */
    String getText() {
        return text;
    }

    void setText(String newText) {
        text = newText;
        getChildren().setAll(spans(newText));
    }

    /** Plain and code spans; an unpaired backtick is kept as plain text. */
    static List<Node> spans(String text) {
        List<Node> nodes = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('`', at);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            if (open < 0 || close < 0) {
                nodes.add(span(text.substring(at), "rx-code-text-plain"));
                break;
            }
            if (open > at) {
                nodes.add(span(text.substring(at, open), "rx-code-text-plain"));
            }
            nodes.add(span(text.substring(open + 1, close), "rx-code-text-code"));
            at = close + 1;
        }
        return nodes;
    }

    private static Text span(String text, String styleClass) {
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        return node;
    }
}
