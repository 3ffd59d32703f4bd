package dev.rxray.ui.variance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CodeTextTest {
    @Start
    void start(Stage stage) {
    }

    private static List<String> render(String text) {
        return CodeText.spans(text).stream().map(CodeTextTest::describe).toList();
    }

    private static String describe(Node node) {
        Text text = (Text) node;
        return (text.getStyleClass().contains("rx-code-text-code") ? "code:" : "text:") + text.getText();
    }

    @Test
    void backtickedPartsBecomeCodeWithoutTheBackticks() {
        assertThat(render("`'a` is covariant in `Foo<'a>`."))
                .containsExactly("code:'a", "text: is covariant in ", "code:Foo<'a>", "text:.");
    }

    @Test
    void anUnpairedBacktickStaysPlainText() {
        assertThat(render("a ` b")).containsExactly("text:a ` b");
        assertThat(render("`x` and ` y")).containsExactly("code:x", "text: and ` y");
        assertThat(render("")).isEmpty();
    }

    @Test
    void theTextIsKeptAsGiven() {
        CodeText text = new CodeText();
        text.setText("`T`: both are `T`");
        assertThat(text.getText()).isEqualTo("`T`: both are `T`");
        assertThat(text.getChildren()).hasSize(3);
    }
}
