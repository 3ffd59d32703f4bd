package dev.rxray.ui.diagram;

import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.render.ExportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * The two questions before an export: what and how (which of the tab's figures, format, theme, PNG scale), then
 * where, in the system's save dialog. A tab owns one and hands it its {@link ExportSubjects}; the dialog only asks,
 * the tab writes. It remembers, for the life of the tab, the last folder, format and scale.
 */
public final class ExportDialog {
    private static final List<Theme> THEMES = List.of(Themes.LIGHT, Themes.DARK, Themes.PRINT);
    /** The button that answers the first question and goes on to the second. */
    public static final ButtonType NEXT = new ButtonType("Choose File\u2026", ButtonBar.ButtonData.OK_DONE);

    private SaveChooser saveChooser = ExportDialog::systemSaveDialog;
    private Optional<Path> folder = Optional.empty();
    private ExportFormat lastFormat = ExportFormat.SVG;
    private double lastScale = 2;

    /** Answers "where" with {@code chooser} from now on instead of the system's save dialog (for headless tests). */
    public void useSaveChooser(SaveChooser chooser) {
        saveChooser = Objects.requireNonNull(chooser, "chooser");
    }

    /**
     * Asks for a plan and a path; empty when the user cancels either step. The subject starts as the preferred one,
     * the theme as the app's.
     */
    public <S> Optional<Chosen<S>> ask(Window owner, ExportSubjects<S> subjects, Theme appTheme) {
        Dialog<ExportPlan<S>> dialog = dialog(subjects, appTheme);
        dialog.initOwner(owner);
        Optional<ExportPlan<S>> plan = dialog.showAndWait();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        lastFormat = plan.get().format();
        lastScale = plan.get().scale();
        String stem = subjects.fileStem().apply(plan.get().subject());
        ExportFormat format = plan.get().format();
        Optional<Path> chosen = saveChooser.choose(owner, format, stem + "." + format.extension(), folder);
        chosen.map(Path::toAbsolutePath).map(Path::getParent).ifPresent(parent -> folder = Optional.of(parent));
        return chosen.map(path -> new Chosen<>(plan.get(), withExtension(path, format)));
    }

    /** The first question as a dialog, not yet shown; its "Choose File…" button gives the plan. */
    public <S> Dialog<ExportPlan<S>> dialog(ExportSubjects<S> subjects, Theme appTheme) {
        Dialog<ExportPlan<S>> dialog = new Dialog<>();
        dialog.setTitle("Export Diagram");
        dialog.setHeaderText(subjects.header());
        dialog.getDialogPane().getButtonTypes().setAll(NEXT, ButtonType.CANCEL);

        ComboBox<S> subject = new ComboBox<>();
        subject.setId("export-subject");
        subject.getItems().setAll(subjects.choices());
        subject.setConverter(converter(subjects.description()));
        subject.setValue(subjects.preferred());
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
                ? new ExportPlan<>(subject.getValue(), format.getValue(), theme.getValue(), scale.getValue())
                : null);
        return dialog;
    }

    /** A plan and the file it goes to. */
    public record Chosen<S>(ExportPlan<S> plan, Path path) {
    }

    private static Optional<Path> systemSaveDialog(Window owner, ExportFormat format, String fileName,
            Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.name());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(format), "*." + format.extension()));
        chooser.setInitialFileName(fileName);
        folder.filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** A name typed without the format's extension gets it, so the file opens with the right program. */
    public static Path withExtension(Path path, ExportFormat format) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                ? path : path.resolveSibling(name + "." + format.extension());
    }

    public static String describe(ExportFormat format) {
        return switch (format) {
            case SVG -> "SVG (scalable, for the web and slides)";
            case PNG -> "PNG (image)";
            case PDF -> "PDF (vector, for print)";
            case DOT -> "DOT (Graphviz source)";
        };
    }

    public static String describe(Theme theme) {
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
