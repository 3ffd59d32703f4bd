package dev.rxray.ui.variance;

import dev.rxray.analysis.autotraits.AutoTrait;
import dev.rxray.analysis.variance.ParamKind;
import dev.rxray.analysis.variance.TypeDeclaration;
import dev.rxray.analysis.variance.TypeParameter;
import dev.rxray.analysis.variance.Variance;
import dev.rxray.analysis.variance.chooser.DropDemand;
import dev.rxray.analysis.variance.chooser.MarkerEdits;
import dev.rxray.analysis.variance.chooser.PhantomCandidate;
import dev.rxray.analysis.variance.chooser.PhantomChooser;
import dev.rxray.analysis.variance.chooser.TextEdit;
import dev.rxray.analysis.variance.chooser.TraitDemand;
import dev.rxray.analysis.variance.chooser.Wish;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The PhantomData chooser: a parameter of the chosen type, the variance, auto traits and drop check wanted, the
 * markers that give them (computed, simplest first), and a button that adds the selected one to the struct.
 */
final class ChooserPane extends VBox {
    private final ComboBox<String> param = new ComboBox<>();
    private final ComboBox<Variance> variance = new ComboBox<>();
    private final Map<AutoTrait, ComboBox<TraitDemand>> traits = new EnumMap<>(AutoTrait.class);
    private final ComboBox<DropDemand> drop = new ComboBox<>();
    private final ListView<PhantomCandidate> results = new ListView<>();
    private final Button apply = new Button("Apply to the snippet");
    private final Label status = new Label();
    private final SnippetEditor editor;
    private final Supplier<String> analysedText;
    private Optional<TypeDeclaration> type = Optional.empty();

    ChooserPane(SnippetEditor editor, Supplier<String> analysedText) {
        this.editor = editor;
        this.analysedText = analysedText;
        getStyleClass().add("rx-variance-chooser");
        setSpacing(8);
        setPadding(new Insets(8));
        variance.getItems().setAll(Variance.COVARIANT, Variance.CONTRAVARIANT, Variance.INVARIANT);
        variance.setValue(Variance.COVARIANT);
        variance.setConverter(words());
        drop.setConverter(words());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Parameter"), param);
        form.addRow(1, new Label("Variance"), variance);
        int row = 2;
        for (AutoTrait trait : AutoTrait.values()) {
            ComboBox<TraitDemand> box = new ComboBox<>();
            box.getItems().setAll(TraitDemand.values());
            box.setValue(TraitDemand.ANY);
            box.setConverter(words());
            traits.put(trait, box);
            form.addRow(row++, new Label(trait.rustName()), box);
            box.valueProperty().addListener((obs, o, n) -> refresh());
        }
        drop.getItems().setAll(DropDemand.values());
        drop.setValue(DropDemand.ANY);
        form.addRow(row, new Label("Drop check"), drop);
        param.valueProperty().addListener((obs, o, n) -> refresh());
        variance.valueProperty().addListener((obs, o, n) -> refresh());
        drop.valueProperty().addListener((obs, o, n) -> refresh());
        results.setCellFactory(list -> new CandidateCell());
        results.setPrefHeight(220);
        results.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(results, Priority.ALWAYS);
        results.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> apply.setDisable(n == null
                || type.isEmpty()));
        apply.setDisable(true);
        apply.setOnAction(event -> applySelected());
        status.setWrapText(true);
        Label intro = new Label("Which PhantomData field gives a parameter the variance, auto traits and drop-check"
                + " behaviour you want? Choose below; the markers that give all of it are listed, simplest first.");
        intro.setWrapText(true);
        intro.getStyleClass().add("rx-variance-intro");
        Label found = new Label("Markers");
        found.getStyleClass().add("rx-variance-heading");
        getChildren().setAll(intro, form, found, results, apply, status);
    }

    /** Enum constants as lower-case words: {@code DOES_NOT_OWN} reads "does not own". */
    private static <E extends Enum<E>> javafx.util.StringConverter<E> words() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    ListView<PhantomCandidate> results() {
        return results;
    }

    ComboBox<Variance> variance() {
        return variance;
    }

    ComboBox<TraitDemand> trait(AutoTrait trait) {
        return traits.get(trait);
    }

    Button apply() {
        return apply;
    }

    Label status() {
        return status;
    }

    void show(Optional<TypeDeclaration> declaration) {
        type = declaration;
        String chosen = param.getValue();
        List<String> names = declaration.map(d -> d.params().stream().filter(p -> p.kind() != ParamKind.CONST)
                .map(TypeParameter::name).toList()).orElse(List.of());
        param.getItems().setAll(names);
        boolean keep = chosen != null && names.contains(chosen);
        param.setValue(keep ? chosen : names.isEmpty() ? null : names.getFirst());
        refresh();
    }

    private Optional<TypeParameter> parameter() {
        return type.flatMap(d -> Optional.ofNullable(param.getValue()).flatMap(d::param));
    }

    private void refresh() {
        Optional<TypeParameter> p = parameter();
        if (p.isEmpty() || variance.getValue() == null) {
            results.getItems().clear();
            status.setText(type.isEmpty() ? "" : "This type has no lifetime or type parameter.");
            return;
        }
        Wish wish = new Wish(variance.getValue(), Map.of(), drop.getValue());
        for (AutoTrait trait : AutoTrait.values()) {
            wish = wish.with(trait, traits.get(trait).getValue());
        }
        List<PhantomCandidate> found = PhantomChooser.choose(p.get(), wish);
        results.getItems().setAll(found);
        if (!found.isEmpty()) {
            results.getSelectionModel().selectFirst();
        }
        status.setText(found.isEmpty() ? "No marker gives all of that; relax a condition." : "");
    }

    private void applySelected() {
        PhantomCandidate chosen = results.getSelectionModel().getSelectedItem();
        if (chosen == null || type.isEmpty()) {
            return;
        }
        String text = analysedText.get();
        if (!editor.text().equals(text)) {
            status.setText("The snippet changed since it was analysed; try again in a moment.");
            return;
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        type.get().fields().forEach(f -> taken.add(f.label()));
        String field = "_marker";
        for (int n = 2; taken.contains(field); n++) {
            field = "_marker" + n;
        }
        Optional<TextEdit> edit = MarkerEdits.addField(text, type.get(), field, chosen.marker());
        if (edit.isEmpty()) {
            status.setText("A marker can only be added to a struct or union here; in an enum, pick a variant.");
            return;
        }
        editor.replace(edit.get().offset(), edit.get().offset() + edit.get().length(), edit.get().replacement());
        status.setText("Added `" + field + ": " + chosen.marker() + "` to `" + type.get().name() + "`.");
    }

    /** The marker in code type, then what it gives: variance and auto traits, and drop check. */
    private static final class CandidateCell extends ListCell<PhantomCandidate> {
        private final Label marker = new Label();
        private final Label facts = new Label();
        private final Label drop = new Label();
        private final VBox box = new VBox(2, marker, facts, drop);

        CandidateCell() {
            marker.getStyleClass().add("rx-chooser-marker");
            facts.getStyleClass().add("rx-chooser-facts");
            drop.getStyleClass().add("rx-chooser-facts");
            box.setPadding(new Insets(2, 0, 2, 0));
        }

        @Override
        protected void updateItem(PhantomCandidate item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            StringBuilder line = new StringBuilder(item.variance().word());
            for (AutoTrait trait : AutoTrait.values()) {
                line.append(", ").append(trait.rustName()).append(' ').append(item.autoTraits().get(trait).text());
            }
            marker.setText(item.marker());
            facts.setText(line.toString());
            drop.setText(item.ownsForDropCheck() ? "owns it for drop check" : "does not own it for drop check");
            setGraphic(box);
        }
    }
}
