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
    private String proposedGiven = "";
    private String proposedExpected = "";

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
        Label intro = new Label("Ask whether one instance of a type from this file can stand in for another; the"
                + " answer follows from the variance of each parameter.");
        intro.setWrapText(true);
        intro.getStyleClass().add("rx-variance-intro");
        getChildren().setAll(intro, form, new Label("is expected?"), ask, answer, reasons);
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

    /**
     * A new analysis: keeps a question the user typed; one that was only proposed (or none) is replaced by the
     * proposal for this file, so opening another sample does not leave a question about a type it lacks.
     */
    void show(TypesReport newReport, String example, String exampleExpected) {
        report = newReport;
        boolean untouched = given.getText().equals(proposedGiven) && expected.getText().equals(proposedExpected);
        if (untouched || (given.getText().isBlank() && expected.getText().isBlank())) {
            given.setText(example);
            expected.setText(exampleExpected);
            proposedGiven = example;
            proposedExpected = exampleExpected;
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
        answer.getStyleClass().removeAll("rx-answer-yes", "rx-answer-no", "rx-answer-only-if");
        answer.getStyleClass().add(switch (verdict) {
            case Verdict.Yes y -> "rx-answer-yes";
            case Verdict.No n -> "rx-answer-no";
            case Verdict.OnlyIf o -> "rx-answer-only-if";
        });
        reasons.setText(String.join("\n", verdict.reasons()));
    }
}
