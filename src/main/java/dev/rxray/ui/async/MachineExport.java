package dev.rxray.ui.async;

import dev.rxray.analysis.async.step.Step;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.ui.diagram.ExportSubjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the Async tab exports: the state graph of one coroutine, marked as the stepper stands at a step the way
 * {@code rxray export --step K} marks it ({@link AsyncFigures#forStep}), or unmarked.
 *
 * @param step  the stepper's step, or -1 for the graph without a step marked
 * @param state the state the step stands in ("" when unmarked)
 */
record MachineExport(String machine, GraphFigure figure, int step, String state, Highlight highlight) {
    /** Longer names are cut: a file name has a limit, and a slide's file name need not spell a whole path. */
    private static final int MAX_NAME = 80;

    static MachineExport unmarked(String machine, GraphFigure figure) {
        return new MachineExport(machine, figure, -1, "", Highlight.NONE);
    }

    static MachineExport atStep(String machine, GraphFigure figure, Step step) {
        return new MachineExport(machine, AsyncFigures.captionedAt(figure, step), step.index(), step.state(),
                AsyncFigures.forStep(figure, step));
    }

    /**
     * For the export dialog: the machine at the current step first, when the stepper has one, and the machine
     * with no step marked.
     */
    static ExportSubjects<MachineExport> offered(String machine, GraphFigure figure, Optional<Step> current) {
        List<MachineExport> choices = new ArrayList<>();
        current.ifPresent(step -> choices.add(atStep(machine, figure, step)));
        choices.add(unmarked(machine, figure));
        return new ExportSubjects<>("Export the state machine of " + machine, choices, choices.getFirst(),
                MachineExport::description, MachineExport::fileStem);
    }

    /** The words for the dialog's picker. */
    String description() {
        return step < 0 ? "The state machine, no step marked"
                : "The state machine at step " + step + " (" + state + ")";
    }

    /** The file name the save dialog suggests: the coroutine, and the step when it is past the start. */
    String fileStem() {
        return fileName(machine) + (step > 0 ? "-step-" + step : "");
    }

    /**
     * A coroutine's name as a file name: letters, digits, {@code _} and {@code -} kept, every other run of
     * characters (the {@code ::} of a method, the {@code <…as…>} of a trait impl, the {@code @12:5} of a block)
     * one {@code _}, none at either end.
     */
    static String fileName(String machine) {
        String name = machine.replaceAll("[^\\p{L}\\p{N}_-]+", "_").replaceAll("^_+|_+$", "");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME).replaceAll("_+$", "");
        }
        return name.isEmpty() ? "coroutine" : name;
    }
}
