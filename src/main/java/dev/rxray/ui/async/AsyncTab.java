package dev.rxray.ui.async;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.MachineState;
import dev.rxray.analysis.async.SendBlocker;
import dev.rxray.analysis.async.desugar.DesugaredCoroutine;
import dev.rxray.analysis.async.desugar.DesugaredLine;
import dev.rxray.analysis.async.desugar.Desugarer;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.SourceRegion;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.LaidOutGraph;
import dev.rxray.syntax.Span;
import dev.rxray.ui.diagram.DiagramView;
import dev.rxray.ui.diagram.ExportDialog;
import dev.rxray.ui.diagram.RowEvent;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The Async tab. Clicking a state selects in the editor the code that runs when it is resumed, up to its
 * {@code .await}; the caret on an {@code .await} highlights its state; the caret inside another coroutine picks it.
 * The tab holds the analysis and the machine on show and composes its parts: the {@link CoroutinePicker} row, the
 * Graph | Desugared {@link CentrePane}, the {@link AwaiteeNavigator} links, the {@link StepperControls} bar, and
 * the {@link AsyncExports} actions.
 */
public final class AsyncTab {
    private final Consumer<List<Span>> select;
    private final GraphLayouts layouts;
    private final Label message = new Label("No async fn, block or closure in this file");
    private final DiagramView diagram = new DiagramView();
    private final DesugaredView desugaredView = new DesugaredView();
    private final BorderPane view = new BorderPane();
    private final CoroutinePicker picker;
    private final StepperControls stepper;
    private final AwaiteeNavigator awaitees;
    private final CentrePane centre;
    private final AsyncExports exports = new AsyncExports();
    private Theme theme = Themes.LIGHT;
    private Highlight shownHighlight = Highlight.NONE;
    private DesugaredCoroutine desugared;
    private RowEvent hoveredRow;
    /** A span this tab selected in the editor: the caret that lands there is ours, not the user's. */
    private Span selectedByTab;

    private PipelineResult result;
    private List<CoroutineMachine> machines = List.of();
    private CoroutineMachine machine;
    private CoroutineShape shape;
    private GraphFigure figure;
    private String selectedState = "";

    public AsyncTab(Consumer<List<Span>> select) {
        this.select = select;
        view.getStyleClass().add("rx-async");
        view.getProperties().put(AsyncTab.class, this);
        picker = new CoroutinePicker(this::choose, this::showSendBlocker, this::copyDiagram, this::exportDiagram);
        stepper = new StepperControls(this::onStep, this::restyle);
        layouts = new GraphLayouts(() -> figure, this::drawLaidOut, this::layoutFailed);
        awaitees = new AwaiteeNavigator(this::machineName, this::hasMachine, this::choose,
                () -> selectedAwaitee().ifPresent(this::openAwaited), this::updateLinks);
        centre = new CentrePane(message, desugaredView.node(), () -> desugared != null);
        message.getStyleClass().add("rx-placeholder");
        desugaredView.setOnLineClicked(this::desugaredLineClicked);
        diagram.setOnNodeClicked(this::stateClicked);
        diagram.setOnRowHover(this::rowHovered);
        diagram.setOnContextMenuRequested(event -> {
            Optional<String> link = hoveredRow == null ? Optional.empty() : awaiteeLink(hoveredRow);
            link.ifPresent(name -> awaitees.offer(diagram, event, name, this::openAwaited));
        });
        diagram.setFocusTraversable(true);
        stepper.bindKeys(diagram, diagram::fitToView);
        diagram.setMinSize(120, 120);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox links = new HBox(6);
        links.getChildren().addAll(centre.switches());
        links.getChildren().add(gap);
        links.getChildren().addAll(awaitees.buttons());
        links.setAlignment(Pos.CENTER_LEFT);
        links.setPadding(new Insets(0, 6, 4, 6));
        view.setTop(new VBox(picker.node(), exports.message(), links));
        view.setCenter(centre.node());
        view.setBottom(stepper.node());
        stepper.update();
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
        return stepper.steps();
    }

    public int stepIndex() {
        return stepper.index();
    }

    public Optional<GraphFigure> figure() {
        return Optional.ofNullable(figure);
    }

    /** Whether the figure on show is the one of the current analysis (its layout has arrived). */
    public boolean laidOut() {
        return layouts.shows(figure);
    }

    /** A new analysis arrived (FX thread). */
    public void show(PipelineResult newResult) {
        result = newResult;
        machines = newResult.async().coroutines();
        List<String> names = machines.stream().map(CoroutineMachine::name).toList();
        String keep = machine == null ? "" : machine.name();
        String name = names.contains(keep) ? keep : machines.stream().filter(m -> !m.suspends().isEmpty())
                .findFirst().or(() -> machines.stream().findFirst()).map(CoroutineMachine::name).orElse("");
        picker.list(names, name);
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
            stepper.clear();
            picker.clearSend();
            message.setText(machines.isEmpty() ? "No async fn, block or closure in this file" : "");
            centre.showOnGraphSide(message);
            stepper.update();
            return;
        }
        boolean sameMachine = machine != null && machine.name().equals(name);
        machine = chosen.get();
        picker.show(name);
        shape = CoroutineShape.of(machine, result.parse());
        GraphFigure next = AsyncFigures.build(machine, shape, result.source());
        if (stepper.load(machine, shape, sameMachine)) {
            selectedState = "";
        }
        picker.showSend(machine);
        figure = next;
        desugared = Desugarer.desugar(result.parse(), machine);
        desugaredView.show(desugared);
        updateLinks();
        layouts.want(next);
        restyle();
        stepper.update();
    }

    private void drawLaidOut(GraphFigure laid, LaidOutGraph graph) {
        centre.showOnGraphSide(diagram);
        diagram.show(laid, graph);
        restyle();
    }

    private void layoutFailed(String why) {
        message.setText("The state graph could not be laid out: " + why);
        centre.showOnGraphSide(message);
    }

    private boolean hasMachine(String name) {
        return machines.stream().anyMatch(m -> m.name().equals(name));
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
        for (MachineState state : machine.states()) {
            if (AsyncFigures.nodeId(state.name()).equals(nodeId)) {
                selectedState = state.name();
                restyle();
                regionOf(state).ifPresent(r -> selectFromTab(resumedCode(state, r)));
                stepper.describe(StateTexts.resume(state));
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

    /**
     * A suspended state's own {@code .await} and the pieces of code that run after it; for Unresumed, the code
     * before the first. Untaken branches between the pieces are not part of it.
     */
    private List<Span> resumedCode(MachineState state, SourceRegion region) {
        List<Span> pieces = new java.util.ArrayList<>(region.spans());
        if (state instanceof MachineState.Suspend s) {
            Span await = shape.regions().get(s.index()).await();
            int from = Math.max(0, await.startOffset() - 1);
            pieces.set(0, result.source().span(from, Math.max(from, pieces.getFirst().endOffset())));
        }
        return pieces;
    }

    private void showSendBlocker() {
        if (machine == null || machine.sendBlockers().isEmpty() || result == null) {
            return;
        }
        SendBlocker blocker = machine.sendBlockers().getFirst();
        selectedState = blocker.state();
        restyle();
        select.accept(List.of(RowLinks.identifierAt(result.source(), blocker.at())));
        stepper.describe(StateTexts.send(machine));
    }

    /** Advances the stepper by one step, as the Step button does (for tests and keys). */
    public void step() {
        stepper.forward();
    }

    private void onStep() {
        selectedState = "";
        restyle();
        stepper.update();
        stepper.current().ifPresent(step -> {
            revealArm(step.state());
            if (step.runsCode() && step.region().code().length() > 0) {
                selectFromTab(step.region().spans());
            } else if (step.region().hasAwait()) {
                selectFromTab(List.of(step.region().await()));
            }
        });
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
        Optional<Step> step = stepper.current();
        if (step.isPresent()) {
            Highlight marked = AsyncFigures.forStep(figure, step.get());
            edges.addAll(marked.edges());
            rows.addAll(marked.rows());
            current = marked.current();
        }
        if (!selectedState.isEmpty()) {
            nodes.add(AsyncFigures.nodeId(selectedState));
        }
        shownHighlight = new Highlight(nodes, edges, rows, current);
        diagram.applyHighlight(shownHighlight);
    }

    /**
     * Opens the export dialog for the machine as it stands at the current step (the tab's Export… button and the
     * main menu's Export item call this).
     */
    public void exportDiagram() {
        if (figure == null || view.getScene() == null) {
            return;
        }
        exports.ask(view.getScene().getWindow(), MachineExport.offered(machine.name(), figure, stepper.current()),
                theme);
    }

    /** The export dialog this tab asks with, so a headless test can answer its save question. */
    public ExportDialog exportDialog() {
        return exports.dialog();
    }

    /** The line under the picker that reports exports (and why one failed). */
    public Label exportMessage() {
        return exports.message();
    }

    /** Copies the diagram as it stands, in the app's look (the Copy button and the main menu's Copy item). */
    public void copyDiagram() {
        if (figure != null) {
            exports.copy(figure, theme, shownHighlight, stepper::describe);
        }
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

    /** Shows the desugared code instead of the graph (as the Desugared button does). */
    public void showDesugared() {
        centre.showDesugared();
    }

    /** Shows the state graph (as the Graph button does). */
    public void showGraph() {
        centre.showGraph();
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
            stepper.describe(StateTexts.resume(machine.states().get(state)));
            updateLinks();
        });
        clicked.origin().ifPresent(span -> selectFromTab(List.of(span)));
    }

    /** Selects a span in the editor; the caret move that follows is this tab's own, not the user's. */
    private void selectFromTab(List<Span> spans) {
        selectedByTab = spans.getFirst();
        select.accept(spans);
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
            stepper.describeStep();
            return;
        }
        stepper.describe(event.field().label() + ": " + event.field().tooltip()
                + link.map(name -> "  \u00b7  click to open the state machine of " + name).orElse(""));
        if (machine != null && result != null) {
            RowLinks.declarationOf(result, machine, event).ifPresent(span -> selectFromTab(List.of(span)));
        } else {
            event.field().source().location().ifPresent(span -> selectFromTab(List.of(span)));
        }
    }

    private Optional<String> awaiteeLink(RowEvent event) {
        return machine == null || result == null ? Optional.empty() : RowLinks.awaiteeLink(result, machine, event);
    }

    private Optional<String> selectedAwaitee() {
        return machine == null || result == null ? Optional.empty()
                : RowLinks.awaitedIn(result, machine, selectedState);
    }

    /** Switches to the machine of an awaited async fn, remembering where the user came from. */
    private void openAwaited(String name) {
        String from = machineName();
        if (from.isEmpty() || name.equals(from)) {
            return;
        }
        hoveredRow = null;
        diagram.setCursor(Cursor.DEFAULT);
        awaitees.open(name);
        stepper.describe("The state machine of " + name + ", awaited by " + from + ". Back returns to it.");
    }

    private void updateLinks() {
        awaitees.update(selectedAwaitee());
        centre.place();
    }
}
