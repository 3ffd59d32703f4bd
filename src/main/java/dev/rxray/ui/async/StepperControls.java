package dev.rxray.ui.async;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.analysis.async.step.Transition;
import dev.rxray.analysis.async.step.Way;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The stepper's bar under the graph and its keys: reset, back, step and play, how often the future awaited in the
 * current state is Pending, which way the body goes where it branches, and the step's line and sentence. It holds
 * the schedule and the steps it gives for the machine on show; the tab is told when the step or the steps change,
 * and restyles the graph.
 */
final class StepperControls {
    private final Button reset = new Button("Reset");
    private final Button back = new Button("\u25C0");
    private final Button forward = new Button("\u25B6");
    private final Button play = new Button("Play");
    private final Spinner<Integer> pendings = new Spinner<>(0, Schedule.MAX_PENDINGS, 1);
    private final ComboBox<String> branch = new ComboBox<>();
    /** The labels in {@link #branch} and the schedule choice each stands for. */
    private final Map<String, Integer> wayChoices = new HashMap<>();
    private final Label pendingsLabel = new Label("Pending \u00d7");
    private final Label branchLabel = new Label("then");
    private final Label stepLine = new Label();
    private final Label description = new Label();
    private final Timeline player = new Timeline(new KeyFrame(Duration.millis(800), e -> playTick()));
    private final VBox bar;
    private final Runnable stepped;
    private final Runnable rescheduled;

    private CoroutineMachine machine;
    private CoroutineShape shape;
    private Schedule schedule = Schedule.DEFAULT;
    private List<Step> steps = List.of();
    private int stepIndex = -1;
    private boolean updatingSchedule;

    /**
     * {@code stepped} runs after the current step changed (the tab restyles and shows the step's code);
     * {@code rescheduled} after a new schedule changed the steps.
     */
    StepperControls(Runnable stepped, Runnable rescheduled) {
        this.stepped = stepped;
        this.rescheduled = rescheduled;
        reset.setTooltip(new Tooltip("Reset the stepper (Home)"));
        back.setTooltip(new Tooltip("Step back (Left)"));
        forward.setTooltip(new Tooltip("Step: the next thing the executor or the future does (Right, Space)"));
        play.setTooltip(new Tooltip("Play or pause the steps (P)"));
        reset.setOnAction(e -> reset());
        back.setOnAction(e -> back());
        forward.setOnAction(e -> forward());
        play.setOnAction(e -> togglePlay());
        player.setCycleCount(Timeline.INDEFINITE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        pendings.setPrefWidth(70);
        pendings.setTooltip(new Tooltip("How many times the future awaited here answers Pending before Ready"));
        pendings.valueProperty().addListener((obs, old, count) -> {
            int at = scheduleAt();
            if (!updatingSchedule && count != null && at >= 0) {
                reschedule(schedule.withPendings(at, count));
            }
        });
        branch.setTooltip(new Tooltip("Where control flow branches: where the body goes after this state"));
        branch.getStyleClass().add("rx-async-branch");
        branch.valueProperty().addListener((obs, old, way) -> {
            int at = scheduleAt();
            Integer code = way == null ? null : wayChoices.get(way);
            if (!updatingSchedule && code != null && at != Integer.MIN_VALUE) {
                reschedule(schedule.withChoice(at, code));
            }
        });
        for (Button button : List.of(reset, back, forward, play)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(4, reset, back, forward, play, spacer, pendingsLabel, pendings, branchLabel, branch);
        buttons.setAlignment(Pos.CENTER_LEFT);
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.getStyleClass().add("rx-async-step");
        stepLine.getStyleClass().add("rx-async-step-line");
        bar = new VBox(4, buttons, stepLine, description);
        bar.setPadding(new Insets(6));
    }

    Node node() {
        return bar;
    }

    /** Steps with the keys while {@code target} has the focus; F runs {@code fit}. */
    void bindKeys(Node target, Runnable fit) {
        target.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case RIGHT, SPACE -> forward();
                case LEFT -> back();
                case HOME -> reset();
                case P -> togglePlay();
                case F -> fit.run();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /**
     * Runs the stepper over a machine (FX thread). Another machine starts from the default schedule; the step is
     * kept while the steps are the same, else it goes back to before the first. Answers whether it went back.
     */
    boolean load(CoroutineMachine next, CoroutineShape nextShape, boolean sameMachine) {
        machine = next;
        shape = nextShape;
        if (!sameMachine) {
            schedule = Schedule.DEFAULT;
        }
        List<Step> nextSteps = Stepper.run(machine, shape, schedule);
        boolean restarted = !sameMachine || !nextSteps.equals(steps);
        if (restarted) {
            stepIndex = -1;
        }
        steps = nextSteps;
        stepIndex = Math.min(stepIndex, steps.size() - 1);
        return restarted;
    }

    /** No machine on show. */
    void clear() {
        machine = null;
        shape = null;
        steps = List.of();
        stepIndex = -1;
    }

    List<Step> steps() {
        return steps;
    }

    int index() {
        return stepIndex;
    }

    /** The step the stepper stands at, or empty before the first. */
    Optional<Step> current() {
        return stepIndex >= 0 && stepIndex < steps.size() ? Optional.of(steps.get(stepIndex)) : Optional.empty();
    }

    /** Puts a sentence in the line under the bar until the next step or hover replaces it. */
    void describe(String text) {
        description.setText(text);
    }

    /** Puts back the sentence of the current step (or the hint before the first). */
    void describeStep() {
        description.setText(currentDescription());
    }

    void forward() {
        if (stepIndex + 1 < steps.size()) {
            stepIndex++;
            stepped.run();
        }
    }

    private void back() {
        if (stepIndex >= 0) {
            stepIndex--;
            stepped.run();
        }
    }

    private void reset() {
        player.stop();
        stepIndex = -1;
        stepped.run();
    }

    private void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            player.stop();
        } else {
            if (stepIndex + 1 >= steps.size()) {
                stepIndex = -1;
            }
            player.play();
        }
        update();
    }

    private void playTick() {
        if (stepIndex + 1 >= steps.size()) {
            player.stop();
            update();
            return;
        }
        forward();
    }

    private String currentDescription() {
        if (stepIndex >= 0 && stepIndex < steps.size()) {
            return steps.get(stepIndex).description();
        }
        return machine == null ? "" : "Click a state to see the code that runs when it is resumed; "
                + "step (\u25B6) to poll the future.";
    }

    /** Where the schedule controls apply: the suspend index of the current step's state, START, or MIN_VALUE. */
    private int scheduleAt() {
        if (stepIndex < 0 || stepIndex >= steps.size()) {
            return Integer.MIN_VALUE;
        }
        String state = steps.get(stepIndex).state();
        if (state.equals("Unresumed")) {
            return Schedule.START;
        }
        if (state.startsWith("Suspend")) {
            return Integer.parseInt(state.substring("Suspend".length()));
        }
        return Integer.MIN_VALUE;
    }

    /** Runs the stepper again under a new schedule, staying at the same step number where it still exists. */
    private void reschedule(Schedule next) {
        schedule = next;
        steps = Stepper.run(machine, shape, schedule);
        stepIndex = Math.min(stepIndex, steps.size() - 1);
        rescheduled.run();
        update();
    }

    private void updateScheduleControls() {
        int at = scheduleAt();
        updatingSchedule = true;
        try {
            boolean atAwait = at >= 0;
            pendings.setVisible(atAwait);
            pendingsLabel.setVisible(atAwait);
            if (atAwait) {
                pendings.getValueFactory().setValue(schedule.pendingsAt(at));
            }
            // Every way on, labelled with how it gets there: two ways to one state (a `return` and the Err of
            // `?`, straight on and round a loop) are different choices.
            List<String> ways = new ArrayList<>();
            wayChoices.clear();
            if (shape != null && at != Integer.MIN_VALUE) {
                for (Way way : shape.waysFrom(at)) {
                    if (wayChoices.putIfAbsent(way.label(), way.choice()) == null) {
                        ways.add(way.label());
                    }
                }
            }
            boolean choice = ways.size() > 1;
            branch.setVisible(choice);
            branchLabel.setVisible(choice);
            if (!branch.getItems().equals(ways)) {
                branch.getItems().setAll(ways);
            }
            String taken = "";
            for (int i = Math.max(stepIndex, 0) + 1; i < steps.size() && stepIndex >= 0; i++) {
                Transition.Kind kind = steps.get(i).transition().kind();
                if (kind == Transition.Kind.READY || kind == Transition.Kind.BACK
                        || kind == Transition.Kind.RETURN) {
                    taken = steps.get(i).transition().to();
                    break;
                }
            }
            Integer chosen = schedule.choices().get(at);
            String target = taken;
            branch.setValue(ways.stream()
                    .filter(w -> chosen != null ? wayChoices.get(w).equals(chosen) : w.split(" \\(")[0].equals(target))
                    .findFirst().orElse(null));
        } finally {
            updatingSchedule = false;
        }
    }

    /** Shows the current step: enables the buttons that can act, and writes the step's line and sentence. */
    void update() {
        updateScheduleControls();
        boolean any = !steps.isEmpty();
        reset.setDisable(!any || stepIndex < 0);
        back.setDisable(!any || stepIndex < 0);
        forward.setDisable(!any || stepIndex + 1 >= steps.size());
        play.setDisable(!any);
        play.setText(player.getStatus() == Animation.Status.RUNNING ? "Pause" : "Play");
        if (stepIndex >= 0 && stepIndex < steps.size()) {
            Step step = steps.get(stepIndex);
            stepLine.setText("step " + stepIndex + "/" + (steps.size() - 1) + "  \u00b7  poll #" + step.poll()
                    + "  \u00b7  " + step.state() + (step.result().isEmpty() ? "" : "  \u2192  " + step.result()));
        } else {
            stepLine.setText(any ? steps.size() + " steps: Pending once, then Ready" : "");
        }
        description.setText(currentDescription());
    }
}
