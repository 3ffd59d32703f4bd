package dev.rxray.ui.variance;

import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.render.ExportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The two questions before an export: what, how (format, theme, PNG scale), and then where, in the system's save
 * dialog. Neither can be answered in a headless test, so this class only asks; the writing is
 * {@link VariancePane#exportTo}. It remembers the last folder and answers for the life of the window.
 */
final class ExportDialog {
    private static final List<Theme> THEMES = List.of(Themes.LIGHT, Themes.DARK, Themes.PRINT);
    static final ButtonType NEXT = new ButtonType("Choose File\u2026", ButtonBar.ButtonData.OK_DONE);

    private Optional<Path> folder = Optional.empty();
    private ExportFormat lastFormat = ExportFormat.SVG;
    private double lastScale = 2;

    /**
     * Asks for a plan and a path; empty when the user cancels either step. {@code typeName} is the type chosen in
     * the tab (callers only ask when the file has one); {@code preferred} is the figure the menu or button was for,
     * selected first; the theme starts as the app's.
     */
    Optional<Chosen> ask(Window owner, String typeName, String fileStem, ExportPlan.Subject preferred,
            Theme appTheme) {
        Dialog<ExportPlan> dialog = dialog(typeName, preferred, appTheme);
        dialog.initOwner(owner);
        Optional<ExportPlan> plan = dialog.showAndWait();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        lastFormat = plan.get().format();
        lastScale = plan.get().scale();
        String stem = plan.get().subject() == ExportPlan.Subject.TABLE ? typeName : fileStem + "-types";
        return choosePath(owner, plan.get().format(), stem).map(path -> new Chosen(plan.get(), path));
    }

    /** The first question as a dialog, not yet shown; its "Choose File…" button gives the plan. */
    Dialog<ExportPlan> dialog(String typeName, ExportPlan.Subject preferred, Theme appTheme) {
        Dialog<ExportPlan> dialog = new Dialog<>();
        dialog.setTitle("Export Diagram");
        dialog.setHeaderText("Export a variance diagram");
        dialog.getDialogPane().getButtonTypes().setAll(NEXT, ButtonType.CANCEL);

        ComboBox<ExportPlan.Subject> subject = new ComboBox<>();
        subject.setId("export-subject");
        subject.getItems().setAll(ExportPlan.Subject.values());
        subject.setConverter(converter(s -> s == ExportPlan.Subject.TABLE
                ? "The table of " + typeName : "The graph of the file's types"));
        subject.setValue(preferred);
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(ExportDialog::describe));
        format.setValue(lastFormat);
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("export-theme");
        theme.getItems().setAll(THEMES);
        theme.setConverter(converter(ExportDialog::describe));
        theme.setValue(THEMES.stream().filter(t -> t.name().equals(appTheme.name())).findFirst()
                .orElse(Themes.LIGHT));
        Spinner<Double> scale = new Spinner<>(1.0, 4.0, lastScale, 0.5);
        scale.setId("export-scale");
        scale.setEditable(false);
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(new Insets(12, 16, 8, 16));
        form.addRow(0, new Label("Diagram"), subject);
        form.addRow(1, new Label("Format"), format);
        form.addRow(2, new Label("Theme"), theme);
        form.addRow(3, new Label("PNG scale"), scale);
        for (var box : List.of(subject, format, theme)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(button -> button == NEXT
                ? new ExportPlan(subject.getValue(), format.getValue(), theme.getValue(), scale.getValue())
                : null);
        return dialog;
    }

    /** A plan and the file it goes to. */
    record Chosen(ExportPlan plan, Path path) {
    }

    private Optional<Path> choosePath(Window owner, ExportFormat format, String stem) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.name());
        String extension = format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(format), "*." + extension));
        chooser.setInitialFileName(stem + "." + extension);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        chosen.map(Path::getParent).ifPresent(parent -> folder = Optional.of(parent));
        return chosen.map(path -> withExtension(path, format));
    }

    /** A name typed without the format's extension gets it, so the file opens with the right program. */
    static Path withExtension(Path path, ExportFormat format) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                ? path : path.resolveSibling(name + "." + format.extension());
    }

    static String describe(ExportFormat format) {
        return switch (format) {
            case SVG -> "SVG (scalable, for the web and slides)";
            case PNG -> "PNG (image)";
            case PDF -> "PDF (vector, for print)";
            case DOT -> "DOT (Graphviz source)";
        };
    }

    static String describe(Theme theme) {
        return switch (theme.name()) {
            case "light" -> "Light";
            case "dark" -> "Dark";
            case "print" -> "Print (black on white)";
            default -> theme.name();
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
