package dev.rxray.ui.async;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SavedLocal;
import dev.rxray.analysis.async.SendBlocker;
import dev.rxray.analysis.async.desugar.AwaiteeLinks;
import dev.rxray.analysis.async.desugar.DesugaredCoroutine;
import dev.rxray.analysis.async.desugar.DesugaredLine;
import dev.rxray.analysis.async.desugar.Desugarer;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.SourceRegion;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.analysis.async.step.Transition;
import dev.rxray.analysis.async.step.Way;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.DotOptions;
import dev.rxray.render.LayoutOutcome;
import dev.rxray.render.LayoutService;
import dev.rxray.syntax.SourceFile;
import dev.rxray.syntax.Span;
import dev.rxray.ui.diagram.DiagramClipboard;
import dev.rxray.ui.diagram.DiagramView;
import dev.rxray.ui.diagram.RowEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.fxmisc.richtext.CodeArea;
import dev.rxray.diagram.Themes;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import javafx.stage.FileChooser;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Async tab. Clicking a state selects in the editor the code that runs when it is resumed, up to its
 * {@code .await}; the caret on an {@code .await} highlights its state; the caret inside another coroutine picks it.
 */
public final class AsyncTab {
    private final Consumer<Span> select;
    private final LayoutService layouts = new LayoutService();
    private final ComboBox<String> coroutines = new ComboBox<>();
    private final Label send = new Label();
    private final Label message = new Label("No async fn, block or closure in this file");
    private final DiagramView diagram = new DiagramView();
    private Theme theme = Themes.LIGHT;
    private final Label stepLine = new Label();
    private final Label description = new Label();
    private final Button reset = new Button("Reset");
    private final Button back = new Button("\u25C0");
    private final Button forward = new Button("\u25B6");
    private final Button play = new Button("Play");
    private final Button copy = new Button("Copy");
    private final Button export = new Button("Export\u2026");
    private Highlight shownHighlight = Highlight.NONE;
    private final Spinner<Integer> pendings = new Spinner<>(0, Schedule.MAX_PENDINGS, 1);
    private final ComboBox<String> branch = new ComboBox<>();
    /** The labels in {@link #branch} and the schedule choice each stands for. */
    private final java.util.Map<String, Integer> wayChoices = new java.util.HashMap<>();
    private final Label pendingsLabel = new Label("Pending \u00d7");
    private final Label branchLabel = new Label("then");
    private Schedule schedule = Schedule.DEFAULT;
    private boolean updatingSchedule;
    private final Timeline player = new Timeline(new KeyFrame(Duration.millis(800), e -> playTick()));
    private final BorderPane view = new BorderPane();
    private final BorderPane centre = new BorderPane();
    private final ToggleGroup centreChoice = new ToggleGroup();
    private final ToggleButton graphButton = new ToggleButton("Graph");
    private final ToggleButton desugaredButton = new ToggleButton("Desugared");
    private final DesugaredView desugaredView = new DesugaredView();
    private final Button openAwaited = new Button("Open awaited machine");
    private final Button backButton = new Button("\u2190 Back");
    private final ContextMenu awaiteeMenu = new ContextMenu();
    /** The machines the user came from through awaitee links, most recent first. */
    private final Deque<String> cameFrom = new ArrayDeque<>();
    private Node graphContent = message;
    private DesugaredCoroutine desugared;
    private RowEvent hoveredRow;
    /** A span this tab selected in the editor: the caret that lands there is ours, not the user's. */
    private Span selectedByTab;

    private PipelineResult result;
    private List<CoroutineMachine> machines = List.of();
    private CoroutineMachine machine;
    private CoroutineShape shape;
    private GraphFigure figure;
    private GraphFigure shownFigure;
    /** The figure whose layout is on its way, so that an equal analysis does not supersede it. */
    private GraphFigure requested;
    private GraphFigure failedOnce;
    private List<Step> steps = List.of();
    private int stepIndex = -1;
    private String selectedState = "";
    private boolean updatingChoice;

    public AsyncTab(Consumer<Span> select) {
        this.select = select;
        view.getStyleClass().add("rx-async");
        view.getProperties().put(AsyncTab.class, this);
        coroutines.setMaxWidth(Double.MAX_VALUE);
        coroutines.setPrefWidth(260);
        send.setMinWidth(Region.USE_PREF_SIZE);
        coroutines.setTooltip(new Tooltip("The coroutines of the file"));
        HBox.setHgrow(coroutines, Priority.ALWAYS);
        coroutines.valueProperty().addListener((obs, old, name) -> {
            if (!updatingChoice && name != null) {
                choose(name);
            }
        });
        send.getStyleClass().add("rx-async-send");
        send.setOnMouseClicked(e -> showSendBlocker());
        copy.setTooltip(new Tooltip("Copy the diagram, as it stands, to the clipboard as an image"));
        export.setTooltip(new Tooltip("Save the diagram, as it stands, as SVG, PNG, PDF or DOT"));
        copy.setOnAction(e -> copyImage());
        export.setOnAction(e -> exportFile());
        HBox top = new HBox(8, coroutines, send, copy, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6));
        message.getStyleClass().add("rx-placeholder");
        buildCentre();
        diagram.setOnNodeClicked(this::stateClicked);
        diagram.setOnRowHover(this::rowHovered);
        diagram.setFocusTraversable(true);
        diagram.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case RIGHT, SPACE -> stepForward();
                case LEFT -> stepBack();
                case HOME -> resetSteps();
                case P -> togglePlay();
                case F -> diagram.fitToView();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        diagram.setMinSize(120, 120);
        reset.setTooltip(new Tooltip("Reset the stepper (Home)"));
        back.setTooltip(new Tooltip("Step back (Left)"));
        forward.setTooltip(new Tooltip("Step: the next thing the executor or the future does (Right, Space)"));
        play.setTooltip(new Tooltip("Play or pause the steps (P)"));
        reset.setOnAction(e -> resetSteps());
        back.setOnAction(e -> stepBack());
        forward.setOnAction(e -> stepForward());
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
        for (Button button : List.of(reset, back, forward, play, copy, export)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(4, reset, back, forward, play, spacer, pendingsLabel, pendings, branchLabel, branch);
        buttons.setAlignment(Pos.CENTER_LEFT);
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.getStyleClass().add("rx-async-step");
        stepLine.getStyleClass().add("rx-async-step-line");
        VBox bottom = new VBox(4, buttons, stepLine, description);
        bottom.setPadding(new Insets(6));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox links = new HBox(6, graphButton, desugaredButton, gap, openAwaited, backButton);
        links.setAlignment(Pos.CENTER_LEFT);
        links.setPadding(new Insets(0, 6, 4, 6));
        view.setTop(new VBox(top, links));
        view.setCenter(centre);
        view.setBottom(bottom);
        updateStepControls();
    }

    public String title() {
        return "Async";
    }

    public Node view() {
        return view;
    }

    public DiagramView diagram() {
        return diagram;
    }

    public List<Step> steps() {
        return steps;
    }

    public int stepIndex() {
        return stepIndex;
    }

    public Optional<GraphFigure> figure() {
        return Optional.ofNullable(figure);
    }

    /** Whether the figure on screen is the one of the current analysis (its layout has arrived). */
    public boolean laidOut() {
        return figure != null && figure.equals(shownFigure);
    }

    /** A new analysis arrived (FX thread). */
    public void show(PipelineResult newResult) {
        result = newResult;
        machines = newResult.async().coroutines();
        List<String> names = machines.stream().map(CoroutineMachine::name).toList();
        String keep = machine == null ? "" : machine.name();
        String name = names.contains(keep) ? keep : machines.stream().filter(m -> !m.suspends().isEmpty())
                .findFirst().or(() -> machines.stream().findFirst()).map(CoroutineMachine::name).orElse("");
        updatingChoice = true;
        try {
            if (!coroutines.getItems().equals(names)) {
                coroutines.getItems().setAll(names);
            }
            coroutines.setValue(name.isEmpty() ? null : name);
        } finally {
            updatingChoice = false;
        }
        choose(name);
    }

    /** Shows the coroutine named {@code name} of the current analysis. */
    public void choose(String name) {
        Optional<CoroutineMachine> chosen = machines.stream().filter(m -> m.name().equals(name)).findFirst();
        if (chosen.isEmpty() || result == null) {
            machine = null;
            figure = null;
            desugared = null;
            desugaredView.clear();
            updateLinks();
            steps = List.of();
            stepIndex = -1;
            send.setText("");
            message.setText(machines.isEmpty() ? "No async fn, block or closure in this file" : "");
            setGraphContent(message);
            updateStepControls();
            return;
        }
        boolean sameMachine = machine != null && machine.name().equals(name);
        machine = chosen.get();
        if (!name.equals(coroutines.getValue())) {
            updatingChoice = true;
            coroutines.setValue(name);
            updatingChoice = false;
        }
        shape = CoroutineShape.of(machine, result.parse());
        GraphFigure next = AsyncFigures.build(machine, shape, result.source());
        if (!sameMachine) {
            schedule = Schedule.DEFAULT;
        }
        List<Step> nextSteps = Stepper.run(machine, shape, schedule);
        if (!sameMachine || !nextSteps.equals(steps)) {
            stepIndex = -1;
            selectedState = "";
        }
        steps = nextSteps;
        stepIndex = Math.min(stepIndex, steps.size() - 1);
        send.setText(machine.send() ? "Send \u2713" : "not Send \u2717");
        send.getStyleClass().removeAll("rx-async-send-yes", "rx-async-send-no");
        send.getStyleClass().add(machine.send() ? "rx-async-send-yes" : "rx-async-send-no");
        send.setTooltip(new Tooltip(sendText(machine)));
        figure = next;
        desugared = Desugarer.desugar(result.parse(), machine);
        desugaredView.show(desugared);
        updateLinks();
        if (!next.equals(shownFigure) && !next.equals(requested)) {
            requestLayout(next);
        }
        restyle();
        updateStepControls();
    }

    private void requestLayout(GraphFigure wanted) {
        requested = wanted;
        layouts.layout(wanted, DotOptions.VIEW).thenAccept(outcome -> Platform.runLater(() -> {
            if (!wanted.equals(figure)) {
                return;
            }
            switch (outcome) {
                case LayoutOutcome.Laid laid -> {
                    setGraphContent(diagram);
                    diagram.show(wanted, laid.graph());
                    shownFigure = wanted;
                    restyle();
                }
                case LayoutOutcome.Failed failed -> {
                    requested = null;
                    if (!wanted.equals(failedOnce)) {
                        // The first layout also starts the layout engine, which can outlast the limit on a busy
                        // machine; one more try runs on a warm engine.
                        failedOnce = wanted;
                        requestLayout(wanted);
                        return;
                    }
                    message.setText("The state graph could not be laid out: " + failed.message());
                    setGraphContent(message);
                }
                case LayoutOutcome.Superseded superseded -> {
                }
            }
        }));
    }

    /** The caret moved (FX thread): pick the innermost coroutine around it and the state of an await under it. */
    public void caretMoved(int offset) {
        if (result == null) {
            return;
        }
        Span ours = selectedByTab;
        selectedByTab = null;
        if (ours != null && (offset == ours.startOffset() || offset == ours.endOffset())) {
            // The caret came from a click or hover in this tab: keep what that click marked.
            return;
        }
        machines.stream().filter(m -> m.body().startOffset() <= offset && offset <= m.body().endOffset())
                .min((a, b) -> Integer.compare(a.body().length(), b.body().length()))
                .filter(m -> machine == null || !m.name().equals(machine.name()))
                .ifPresent(m -> choose(m.name()));
        if (machine == null || shape == null) {
            return;
        }
        List<MachineState.Suspend> suspends = machine.suspends();
        for (int k = 0; k < suspends.size(); k++) {
            Span await = shape.regions().get(k).await();
            if (offset >= await.startOffset() - 1 && offset <= await.endOffset()) {
                selectedState = suspends.get(k).name();
                restyle();
                revealArm(selectedState);
                updateLinks();
                return;
            }
        }
        if (desugared != null) {
            desugaredView.mark(desugared.linesFrom(offset, offset), true);
        }
    }

    private void stateClicked(String nodeId) {
        if (machine == null) {
            return;
        }
        diagram.requestFocus();
        if (hoveredRow != null && hoveredRow.nodeId().equals(nodeId) && awaiteeLink(hoveredRow).isPresent()) {
            openAwaited(awaiteeLink(hoveredRow).get());
            return;
        }
        List<MachineState> states = machine.states();
        for (MachineState state : states) {
            if (AsyncFigures.nodeId(state.name()).equals(nodeId)) {
                selectedState = state.name();
                restyle();
                regionOf(state).ifPresent(r -> selectFromTab(resumedCode(state, r)));
                description.setText(resumeText(state));
                revealArm(state.name());
                updateLinks();
                return;
            }
        }
    }

    /** The code that runs when {@code state} is resumed, ending at the {@code .await} it stops at next. */
    public Optional<SourceRegion> regionOf(MachineState state) {
        return switch (state) {
            case MachineState.Unresumed u -> Optional.of(shape.regions().getFirst());
            case MachineState.Suspend s -> Optional.of(shape.regions().get(s.index() + 1));
            case MachineState.Returned r -> Optional.empty();
            case MachineState.Panicked p -> Optional.empty();
        };
    }

    /** A suspended state's own {@code .await} and the code after it; for Unresumed, the code before the first. */
    private Span resumedCode(MachineState state, SourceRegion region) {
        if (state instanceof MachineState.Suspend s) {
            Span await = shape.regions().get(s.index()).await();
            int from = Math.max(0, await.startOffset() - 1);
            return result.source().span(from, Math.max(from, region.code().endOffset()));
        }
        return region.code();
    }

    private static String resumeText(MachineState state) {
        return switch (state) {
            case MachineState.Unresumed u -> "Unresumed: the first poll runs the selected code, from the start of "
                    + "the body to the first .await.";
            case MachineState.Suspend s -> s.name() + ": parked at " + s.awaitee() + ".await (" + s.await()
                    + "). When its future is Ready, the selected code runs, up to the next .await or the end.";
            case MachineState.Returned r -> "Returned: the body has finished; polling again panics.";
            case MachineState.Panicked p -> "Panicked: a poll panicked; polling again panics.";
        };
    }

    private void showSendBlocker() {
        if (machine == null || machine.sendBlockers().isEmpty() || result == null) {
            return;
        }
        SendBlocker blocker = machine.sendBlockers().getFirst();
        selectedState = blocker.state();
        restyle();
        SourceFile source = result.source();
        int at = CoroutineShape.offsetOf(source, blocker.at());
        int end = at;
        while (end < source.text().length() && Character.isJavaIdentifierPart(source.text().charAt(end))) {
            end++;
        }
        select.accept(source.span(at, Math.max(end, at + 1)));
        description.setText(sendText(machine));
    }

    private static String sendText(CoroutineMachine machine) {
        if (machine.send()) {
            return "The future is Send: nothing it holds across an .await is tied to one thread. "
                    + "It is not Unpin: " + machine.unpinReason();
        }
        List<String> reasons = new ArrayList<>();
        for (SendBlocker b : machine.sendBlockers()) {
            reasons.add("`" + b.value() + "`: " + b.type() + " held across the await of " + b.state() + " ("
                    + b.reason() + ")");
        }
        return "The future is not Send: " + String.join("; ", reasons) + ".";
    }

    private void stepForward() {
        if (stepIndex + 1 < steps.size()) {
            stepIndex++;
            onStep();
        }
    }

    private void stepBack() {
        if (stepIndex >= 0) {
            stepIndex--;
            onStep();
        }
    }

    private void resetSteps() {
        player.stop();
        stepIndex = -1;
        onStep();
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            player.stop();
        } else {
            if (stepIndex + 1 >= steps.size()) {
                stepIndex = -1;
            }
            player.play();
        }
        updateStepControls();
    }

    private void playTick() {
        if (stepIndex + 1 >= steps.size()) {
            player.stop();
            updateStepControls();
            return;
        }
        stepForward();
    }

    /** Advances the stepper by one step, as the Step button does (for tests and keys). */
    public void step() {
        stepForward();
    }

    private void onStep() {
        selectedState = "";
        restyle();
        updateStepControls();
        if (stepIndex >= 0) {
            Step step = steps.get(stepIndex);
            revealArm(step.state());
            if (step.runsCode() && step.region().code().length() > 0) {
                selectFromTab(step.region().code());
            } else if (step.region().hasAwait()) {
                selectFromTab(step.region().await());
            }
        }
    }

    private void restyle() {
        if (figure == null) {
            return;
        }
        Highlight blockers = AsyncFigures.sendBlockers(figure);
        TreeSet<String> nodes = new TreeSet<>();
        TreeSet<String> edges = new TreeSet<>();
        TreeSet<String> rows = new TreeSet<>(blockers.rows());
        String current = "";
        if (stepIndex >= 0 && stepIndex < steps.size()) {
            Highlight step = AsyncFigures.forStep(figure, steps.get(stepIndex));
            edges.addAll(step.edges());
            rows.addAll(step.rows());
            current = step.current();
        }
        if (!selectedState.isEmpty()) {
            nodes.add(AsyncFigures.nodeId(selectedState));
        }
        shownHighlight = new Highlight(nodes, edges, rows, current);
        diagram.applyHighlight(shownHighlight);
    }

    private void copyImage() {
        GraphFigure wanted = figure;
        if (wanted == null) {
            return;
        }
        ExportRequest request = new ExportRequest(wanted, ExportFormat.PNG, theme, shownHighlight, 2);
        DiagramClipboard.copy(request).thenAccept(outcome -> Platform.runLater(() -> {
            switch (outcome) {
                case ExportResult.Rendered rendered ->
                        description.setText("The diagram was copied to the clipboard as an image.");
                case ExportResult.Failed failed -> description.setText("Could not copy: " + failed.message());
                case ExportResult.Written written -> { }
            }
        }));
    }

    /** Opens the export dialog for the diagram as it stands (the main menu's Export item calls this). */
    public void exportDiagram() {
        exportFile();
    }

    /** Copies the diagram as it stands, in the app's look (the main menu's Copy item calls this). */
    public void copyDiagram() {
        copyImage();
    }

    /** Whether there is a machine to export or copy. */
    public boolean hasDiagram() {
        return figure != null;
    }

    /** The app's look changed: the graph and what Copy puts on the clipboard follow it. */
    public void useTheme(Theme newTheme) {
        theme = newTheme;
        diagram.setTheme(newTheme);
    }

    private void exportFile() {
        GraphFigure wanted = figure;
        if (wanted == null || view.getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the state graph");
        chooser.setInitialFileName(machine.name().replaceAll("[^A-Za-z0-9_]+", "_") + ".svg");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SVG", "*.svg"),
                new FileChooser.ExtensionFilter("PNG (2x)", "*.png"), new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new FileChooser.ExtensionFilter("DOT", "*.dot"));
        java.io.File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file == null) {
            return;
        }
        String name = file.getName();
        ExportFormat format = ExportFormat.named(name.substring(name.lastIndexOf('.') + 1)).orElse(ExportFormat.SVG);
        ExportRequest request = new ExportRequest(wanted, format, Themes.LIGHT, shownHighlight, 2);
        CompletableFuture.supplyAsync(() -> Exporter.export(request, file.toPath()))
                .thenAccept(outcome -> Platform.runLater(() -> description.setText(switch (outcome) {
                    case ExportResult.Written written -> "Exported to " + written.path() + ".";
                    case ExportResult.Failed failed -> "Export failed: " + failed.message();
                    case ExportResult.Rendered rendered -> "";
                })));
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
        restyle();
        updateStepControls();
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

    private void updateStepControls() {
        updateScheduleControls();
        boolean any = !steps.isEmpty();
        reset.setDisable(!any || stepIndex < 0);
        back.setDisable(!any || stepIndex < 0);
        forward.setDisable(!any || stepIndex + 1 >= steps.size());
        play.setDisable(!any);
        play.setText(player.getStatus() == javafx.animation.Animation.Status.RUNNING ? "Pause" : "Play");
        if (stepIndex >= 0 && stepIndex < steps.size()) {
            Step step = steps.get(stepIndex);
            stepLine.setText("step " + stepIndex + "/" + (steps.size() - 1) + "  \u00b7  poll #" + step.poll()
                    + "  \u00b7  " + step.state() + (step.result().isEmpty() ? "" : "  \u2192  " + step.result()));
        } else {
            stepLine.setText(any ? steps.size() + " steps: Pending once, then Ready" : "");
        }
        description.setText(currentDescription());
    }

    // ---------------------------------------------------------------- Graph | Desugared, links, hover

    private void buildCentre() {
        graphButton.setToggleGroup(centreChoice);
        desugaredButton.setToggleGroup(centreChoice);
        graphButton.getStyleClass().add("left-pill");
        desugaredButton.getStyleClass().add("right-pill");
        graphButton.setTooltip(new Tooltip("The state graph"));
        desugaredButton.setTooltip(new Tooltip("The enum and impl Future rustc generates, as readable pseudo-Rust "
                + "(an explanation model, not rustc's literal output)"));
        graphButton.setSelected(true);
        centreChoice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            placeCentre();
        });
        desugaredView.setOnLineClicked(this::desugaredLineClicked);
        openAwaited.setTooltip(new Tooltip("Show the state machine of the async fn awaited in the selected state"));
        openAwaited.setOnAction(e -> selectedAwaitee().ifPresent(this::openAwaited));
        backButton.setOnAction(e -> goBack());
        for (Button button : List.of(openAwaited, backButton)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        MenuItem open = new MenuItem("Open awaited machine");
        open.setOnAction(e -> {
            if (hoveredRow != null) {
                awaiteeLink(hoveredRow).ifPresent(this::openAwaited);
            }
        });
        awaiteeMenu.getItems().add(open);
        diagram.setOnContextMenuRequested(event -> {
            if (hoveredRow != null && awaiteeLink(hoveredRow).isPresent()) {
                open.setText("Open awaited machine: " + awaiteeLink(hoveredRow).get());
                awaiteeMenu.show(diagram, event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
    }

    private void setGraphContent(Node content) {
        graphContent = content;
        placeCentre();
    }

    private void placeCentre() {
        Node wanted = desugaredButton.isSelected() && desugared != null ? desugaredView.node() : graphContent;
        if (centre.getCenter() != wanted) {
            centre.setCenter(wanted);
        }
    }

    /** Shows the desugared code instead of the graph (as the Desugared button does). */
    public void showDesugared() {
        desugaredButton.setSelected(true);
    }

    /** Shows the state graph (as the Graph button does). */
    public void showGraph() {
        graphButton.setSelected(true);
    }

    /** The coroutine on show, or empty. */
    public String machineName() {
        return machine == null ? "" : machine.name();
    }

    /** The state selected by a click (in the graph or the desugared code) or the caret, or empty. */
    public String selectedState() {
        return selectedState;
    }

    public Optional<DesugaredCoroutine> desugared() {
        return Optional.ofNullable(desugared);
    }

    /** The desugared text's control, for tests that click its lines. */
    public CodeArea desugaredArea() {
        return desugaredView.area();
    }

    /** The desugared lines marked now. */
    public List<Integer> markedDesugaredLines() {
        return desugaredView.marked();
    }

    private void desugaredLineClicked(int line) {
        if (desugared == null || machine == null || line < 0 || line >= desugared.lines().size()) {
            return;
        }
        DesugaredLine clicked = desugared.lines().get(line);
        desugaredView.mark(List.of(line), false);
        clicked.stateIndex().ifPresent(state -> {
            selectedState = machine.states().get(state).name();
            restyle();
            description.setText(resumeText(machine.states().get(state)));
            updateLinks();
        });
        clicked.origin().ifPresent(this::selectFromTab);
    }

    /** Selects a span in the editor; the caret move that follows is this tab's own, not the user's. */
    private void selectFromTab(Span span) {
        selectedByTab = span;
        select.accept(span);
    }

    /** Scrolls the desugared code to the match arm of {@code stateName} and marks the arm. */
    private void revealArm(String stateName) {
        if (desugared == null || machine == null) {
            return;
        }
        List<MachineState> states = machine.states();
        for (int s = 0; s < states.size(); s++) {
            if (states.get(s).name().equals(stateName)) {
                int start = desugared.armStart(s);
                desugaredView.mark(desugared.linesOfState(s).stream().filter(i -> i >= start).toList(), true);
                return;
            }
        }
    }

    private void rowHovered(RowEvent event) {
        hoveredRow = event.entered() ? event : null;
        Optional<String> link = event.entered() ? awaiteeLink(event) : Optional.empty();
        diagram.setCursor(link.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        if (!event.entered()) {
            description.setText(currentDescription());
            return;
        }
        description.setText(event.field().label() + ": " + event.field().tooltip()
                + link.map(name -> "  \u00b7  click to open the state machine of " + name).orElse(""));
        declarationOf(event).ifPresent(this::selectFromTab);
    }

    /** Where the hovered field was declared: the field's own source link, else the saved local's {@code let}. */
    private Optional<Span> declarationOf(RowEvent event) {
        Optional<Span> linked = event.field().source().location();
        if (linked.isPresent() || machine == null || result == null) {
            return linked;
        }
        Optional<MachineState.Suspend> suspend = suspendOf(event.nodeId());
        if (suspend.isEmpty()) {
            return Optional.empty();
        }
        int local = event.row() - machine.upvars().size();
        List<SavedLocal> locals = suspend.get().locals();
        if (local < 0 || local >= locals.size() || !locals.get(local).name().equals(event.field().label())) {
            return Optional.empty();
        }
        SourceFile source = result.source();
        int at = CoroutineShape.offsetOf(source, locals.get(local).declared());
        int end = at;
        while (end < source.text().length() && Character.isJavaIdentifierPart(source.text().charAt(end))) {
            end++;
        }
        return Optional.of(source.span(at, Math.max(end, at + 1)));
    }

    private Optional<MachineState.Suspend> suspendOf(String nodeId) {
        if (machine == null) {
            return Optional.empty();
        }
        return machine.suspends().stream().filter(s -> AsyncFigures.nodeId(s.name()).equals(nodeId)).findFirst();
    }

    /** The coroutine of this file that an awaitee row awaits, if the row is one and the coroutine is here. */
    private Optional<String> awaiteeLink(RowEvent event) {
        if (!event.field().label().equals(AsyncFigures.AWAITEE) || result == null) {
            return Optional.empty();
        }
        return suspendOf(event.nodeId()).flatMap(s -> AwaiteeLinks.awaited(result.async(), s))
                .map(CoroutineMachine::name);
    }

    private Optional<String> selectedAwaitee() {
        if (machine == null || result == null) {
            return Optional.empty();
        }
        return machine.suspends().stream().filter(s -> s.name().equals(selectedState)).findFirst()
                .flatMap(s -> AwaiteeLinks.awaited(result.async(), s)).map(CoroutineMachine::name);
    }

    /** Switches to the machine of an awaited async fn, remembering where the user came from. */
    private void openAwaited(String name) {
        if (machine == null || name.equals(machine.name())) {
            return;
        }
        cameFrom.push(machine.name());
        hoveredRow = null;
        diagram.setCursor(Cursor.DEFAULT);
        choose(name);
        description.setText("The state machine of " + name + ", awaited by " + cameFrom.peek()
                + ". Back returns to it.");
    }

    private void goBack() {
        while (!cameFrom.isEmpty()) {
            String name = cameFrom.pop();
            if (machines.stream().anyMatch(m -> m.name().equals(name))) {
                choose(name);
                break;
            }
        }
        updateLinks();
    }

    private void updateLinks() {
        Optional<String> awaited = selectedAwaitee();
        openAwaited.setDisable(awaited.isEmpty());
        openAwaited.setText(awaited.map(n -> "Open " + n).orElse("Open awaited machine"));
        backButton.setVisible(!cameFrom.isEmpty());
        backButton.setManaged(!cameFrom.isEmpty());
        backButton.setText(cameFrom.isEmpty() ? "\u2190 Back" : "\u2190 Back to " + cameFrom.peek());
        placeCentre();
    }
}
