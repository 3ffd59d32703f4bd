package dev.rxray.cli;

import dev.rxray.analysis.async.CoroutineMachine;
import dev.rxray.analysis.async.step.CoroutineShape;
import dev.rxray.analysis.async.step.Schedule;
import dev.rxray.analysis.async.step.Step;
import dev.rxray.analysis.async.step.Stepper;
import dev.rxray.diagram.GraphFigure;
import dev.rxray.diagram.Highlight;
import dev.rxray.diagram.Theme;
import dev.rxray.diagram.Themes;
import dev.rxray.diagram.async.AsyncFigures;
import dev.rxray.pipeline.Pipeline;
import dev.rxray.pipeline.PipelineResult;
import dev.rxray.render.ExportFormat;
import dev.rxray.render.ExportRequest;
import dev.rxray.render.ExportResult;
import dev.rxray.render.Exporter;
import java.io.IOException;
import dev.rxray.syntax.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.rxray.diagram.Figure;
import dev.rxray.diagram.variance.TypesGraph;
import dev.rxray.diagram.variance.VarianceFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rxray export}: a view of the file as DOT, SVG, PNG or PDF, written atomically. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Exports a view of FILE as an SVG, PNG, PDF or DOT diagram.",
            "The async view is the state machine of one async fn, block or closure. With --step K it is drawn as it "
                + "stands at step K of the default schedule (every awaited future Pending once, then Ready), "
                + "captioned with what happens there; with --all-steps DIR, one numbered file per step.",
            "A file with syntax errors is not exported: the errors go to standard error (exit 1).",
            "The variance view is the table of one type (--type NAME) or, without --type, the graph of the file's types."
        })
final class ExportCommand extends OneFileCommand {
    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "async", description = "The view: async or variance.")
    private String view;

    @Option(names = "--type", paramLabel = "NAME",
            description = "Variance view: the struct, enum or union whose table to export; default: the types graph.")
    private String type;

    @Option(names = "--coroutine", paramLabel = "NAME",
            description = "The async fn, block or closure (as 'rxray analyze' names it); default: the first one that awaits.")
    private String coroutine;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, png, pdf or dot; default: from the extension of OUT, else svg.")
    private String format;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2",
            description = "PNG scale factor: 1 is one pixel per point; default 2, crisp on slides and high-density screens.")
    private double scale;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light", description = "light, dark or print.")
    private String theme;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The file to write.")
    private String output;

    @Option(names = "--step", paramLabel = "K", description = "Highlight step K (0-based) of the default schedule.")
    private Integer step;

    @Option(names = "--all-steps", paramLabel = "DIR",
            description = "Write one file per step of the default schedule into DIR (step-000.svg, ...).")
    private String allSteps;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (!view.equals("async") && !view.equals("variance")) {
            return usage(err, "unknown view '" + view + "'; known: async, variance");
        }
        if (view.equals("variance") && (step != null || allSteps != null)) {
            return usage(err, "--step and --all-steps belong to the async view");
        }
        if ((output == null) == (allSteps == null)) {
            return usage(err, "give exactly one of -o OUT and --all-steps DIR");
        }
        Optional<Theme> chosenTheme = theme(theme);
        if (chosenTheme.isEmpty()) {
            return usage(err, "unknown theme '" + theme + "'; known: light, dark, print");
        }
        if (!(scale > 0 && scale <= 16)) {
            return usage(err, "--scale must be above 0 and at most 16, was " + scale);
        }
        Optional<ExportFormat> chosenFormat = format != null ? ExportFormat.named(format)
                : output == null ? Optional.of(ExportFormat.SVG) : byExtension(output);
        if (chosenFormat.isEmpty()) {
            return usage(err, format != null ? "unknown format '" + format + "'; known: svg, png, pdf, dot"
                    : "cannot tell the format from '" + output + "': name it .svg, .png, .pdf or .dot, or give --format");
        }
        Path target;
        try {
            target = Path.of(output != null ? output : allSteps);
        } catch (InvalidPathException e) {
            return usage(err, "not a usable path: " + (output != null ? output : allSteps));
        }
        if (allSteps != null) {
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                return usage(err, "--all-steps: cannot use " + allSteps + " as a directory ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            }
        }
        return readThen((o, e, source) -> run(o, e, source, chosenFormat.get(), chosenTheme.get(), target));
    }

    private int run(PrintWriter out, PrintWriter err, SourceFile source, ExportFormat chosenFormat, Theme chosenTheme,
                    Path target) {
        PipelineResult result = Pipeline.run(source);
        if (refusedForSyntaxErrors(err, source, result, "exported")) {
            return ExitCodes.ERRORS;
        }
        if (view.equals("variance")) {
            return exportVariance(out, err, result, source.name(), chosenFormat,
                    chosenTheme, target);
        }
        List<CoroutineMachine> all = result.async().coroutines();
        if (all.isEmpty()) {
            return usage(err, source.name() + ": no async fn, block or closure to export");
        }
        Optional<CoroutineMachine> machine = coroutine == null
                ? Optional.of(all.stream().filter(m -> !m.suspends().isEmpty()).findFirst()
                        .orElse(all.getFirst()))
                : TraitsCommand.find(result.async(), coroutine);
        if (machine.isEmpty()) {
            return usage(err, source.name() + ": no coroutine named '" + coroutine + "'; known: "
                    + String.join(", ", all.stream().map(CoroutineMachine::name).toList()));
        }
        CoroutineShape shape = CoroutineShape.of(machine.get(), result.parse());
        GraphFigure figure = AsyncFigures.build(machine.get(), shape, source);
        List<Step> steps = Stepper.run(machine.get(), shape, Schedule.DEFAULT);
        ExportRequest base = new ExportRequest(figure, chosenFormat, chosenTheme,
                Highlight.NONE, scale);
        if (allSteps != null) {
            return writeAll(out, err, base, figure, steps, target);
        }
        if (step == null) {
            return write(out, err, base, target);
        }
        if (step < 0 || step >= steps.size()) {
            return usage(err, "--step " + step + " is out of range: this schedule has steps 0 to "
                    + (steps.size() - 1));
        }
        return write(out, err, atStep(base, figure, steps.get(step)), target);
    }

    private int exportVariance(PrintWriter out, PrintWriter err, PipelineResult result, String name,
                               ExportFormat chosenFormat, Theme chosenTheme, Path target) {
        List<String> names = VarianceFigures.typeNames(result);
        if (names.isEmpty()) {
            return usage(err, name + ": no struct, enum or union to export");
        }
        Optional<? extends Figure> figure = type == null
                ? Optional.of(TypesGraph.graph(result.types())) : VarianceFigures.table(result, type);
        if (figure.isEmpty()) {
            return usage(err, name + ": no type named '" + type + "'; known: " + String.join(", ", names));
        }
        return write(out, err, new ExportRequest(figure.get(), chosenFormat, chosenTheme, Highlight.NONE, scale),
                target);
    }

    private static int writeAll(PrintWriter out, PrintWriter err, ExportRequest base, GraphFigure figure,
                                List<Step> steps, Path dir) {
        for (Step s : steps) {
            Path target = dir.resolve(String.format(Locale.ROOT, "step-%03d.%s", s.index(),
                    base.format().extension()));
            int code = write(out, err, atStep(base, figure, s), target);
            if (code != ExitCodes.OK) {
                return code;
            }
        }
        return ExitCodes.OK;
    }

    /** The machine as it stands at a step: captioned with what happens there, and marked. */
    private static ExportRequest atStep(ExportRequest base, GraphFigure figure, Step step) {
        return base.withFigure(AsyncFigures.captionedAt(figure, step))
                .withHighlight(AsyncFigures.forStep(figure, step));
    }

    private static int write(PrintWriter out, PrintWriter err, ExportRequest request, Path target) {
        return switch (Exporter.export(request, target)) {
            case ExportResult.Written(Path path, long size) -> {
                out.println(path + " (" + size + " bytes)");
                yield ExitCodes.OK;
            }
            case ExportResult.Failed(String message) -> usage(err, message);
            case ExportResult.Rendered r -> usage(err, "nothing was written to " + target);
        };
    }

    private static int usage(PrintWriter err, String message) {
        err.println("rxray: " + message);
        return ExitCodes.USAGE_OR_IO;
    }

    private static Optional<Theme> theme(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "light" -> Optional.of(Themes.LIGHT);
            case "dark" -> Optional.of(Themes.DARK);
            case "print" -> Optional.of(Themes.PRINT);
            default -> Optional.empty();
        };
    }

    private static Optional<ExportFormat> byExtension(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar)) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.of(ExportFormat.SVG) : ExportFormat.named(name.substring(dot + 1));
    }
}
