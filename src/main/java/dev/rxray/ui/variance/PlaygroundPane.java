package dev.rxray.ui.variance;

import dev.rxray.analysis.variance.chooser.Subtyping;
import dev.rxray.analysis.variance.chooser.Verdict;
import dev.rxray.analysis.variance.facts.TypesReport;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** "Can a {@code given} be used where an {@code expected} is expected?", answered from the computed variance. */
final class PlaygroundPane extends VBox {
    private final TextField given = new TextField();
    private final TextField expected = new TextField();
    private final Label answer = new Label();
    private final CodeText reasons = new CodeText();
    private TypesReport report = TypesReport.empty();

    PlaygroundPane() {
        getStyleClass().add("rx-variance-playground");
        setSpacing(8);
        setPadding(new Insets(8));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Can a"), given);
        form.addRow(1, new Label("be used where"), expected);
        GridPane.setHgrow(given, Priority.ALWAYS);
        GridPane.setHgrow(expected, Priority.ALWAYS);
        Button ask = new Button("Ask");
        ask.setDefaultButton(false);
        ask.setOnAction(event -> ask());
        given.setOnAction(event -> ask());
        expected.setOnAction(event -> ask());
        answer.getStyleClass().add("rx-variance-answer");
        answer.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        getChildren().setAll(form, new Label("is expected?"), ask, answer, reasons);
    }

    TextField given() {
        return given;
    }

    TextField expected() {
        return expected;
    }

    Label answer() {
        return answer;
    }

    CodeText reasons() {
        return reasons;
    }

    /** A new file: keeps the question, proposing one from the chosen type when the fields are empty. */
    void show(TypesReport newReport, String example, String exampleExpected) {
        report = newReport;
        if (given.getText().isBlank() && expected.getText().isBlank()) {
            given.setText(example);
            expected.setText(exampleExpected);
        }
        ask();
    }

    void ask() {
        if (given.getText().isBlank() || expected.getText().isBlank()) {
            answer.setText("");
            reasons.setText("");
            return;
        }
        Verdict verdict = Subtyping.canUse(report, given.getText(), expected.getText());
        answer.setText(switch (verdict) {
            case Verdict.Yes y -> "Yes";
            case Verdict.No n -> "No";
            case Verdict.OnlyIf o -> "Only if " + String.join(", ", o.bounds());
        });
        reasons.setText(String.join("\n", verdict.reasons()));
    }
}
