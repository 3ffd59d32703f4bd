package dev.rxray.ui.diagram;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the export dialog offers: a tab's figures, the one the button or menu was for, the words that name each in
 * the picker, and the file name (without extension) the save dialog suggests for each.
 *
 * @param header      the dialog's header line, which says what kind of diagram this is
 * @param <S>         the tab's own kind of subject; the plan hands the chosen one back
 */
public record ExportSubjects<S>(String header, List<S> choices, S preferred, Function<S, String> description,
                                Function<S, String> fileStem) {
    public ExportSubjects {
        choices = List.copyOf(choices);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fileStem, "fileStem");
        if (!choices.contains(preferred)) {
            throw new IllegalArgumentException("the preferred subject must be one of the choices");
        }
    }
}
