package dev.rxray.render;

import guru.nidi.graphviz.engine.Format;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;

/**
 * Exports figures. DOT comes from {@link DotWriter}, SVG from Graphviz itself, PNG and PDF from painting the laid-out
 * drawing operations ({@link RasterPainter}, {@link PdfPainter} with Apache PDFBox), so all four show the same
 * layout. Nothing here
 * throws: every problem comes back as {@link ExportResult.Failed} with a message for the user.
 */
public final class Exporter {
    /** White space around PNG and PDF drawings, in points; Graphviz adds its own {@code pad} to SVG. */
    static final double MARGIN = 18;

    private Exporter() {
    }

    /** The exported bytes, e.g. for the clipboard. */
    public static ExportResult render(ExportRequest request) {
        return render(request, GraphvizRunner.shared().limit());
    }

    public static ExportResult render(ExportRequest request, Duration limit) {
        DotOptions options = DotOptions.export(request.theme(), request.highlight());
        String dot = DotWriter.dot(request.figure(), options);
        return switch (request.format()) {
            case DOT -> new ExportResult.Rendered(dot.getBytes(StandardCharsets.UTF_8), ExportFormat.DOT);
            case SVG -> switch (GraphvizRunner.shared().renderNow(dot, Format.SVG_STANDALONE, limit)) {
                case RenderOutcome.Rendered(String svg, Duration took) ->
                        new ExportResult.Rendered(svg.getBytes(StandardCharsets.UTF_8), ExportFormat.SVG);
                case RenderOutcome.Failed(String message) -> new ExportResult.Failed(message);
                case RenderOutcome.TimedOut(Duration over) -> new ExportResult.Failed(
                        LayoutService.overLimit(GraphvizRunner.shared(), over, request.figure()));
                case RenderOutcome.Skipped s -> new ExportResult.Failed("export was cancelled");
            };
            case PNG, PDF -> switch (LayoutService.layoutNow(request.figure(), options, limit)) {
                case LayoutOutcome.Laid(LaidOutGraph graph, Duration took) -> paint(graph, request);
                case LayoutOutcome.Failed(String message) -> new ExportResult.Failed(message);
                case LayoutOutcome.Superseded s -> new ExportResult.Failed("export was cancelled");
            };
        };
    }


    private static ExportResult paint(LaidOutGraph graph, ExportRequest request) {
        String background = request.theme().background();
        if (request.format() == ExportFormat.PDF) {
            try {
                return new ExportResult.Rendered(PdfPainter.paint(graph, background, MARGIN), ExportFormat.PDF);
            } catch (java.io.UncheckedIOException e) {
                return new ExportResult.Failed("cannot write PDF: " + e.getCause().getMessage());
            }
        }
        BufferedImage image = RasterPainter.paint(graph, request.scale(), background, MARGIN);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            return new ExportResult.Failed("cannot encode PNG: " + e.getMessage());
        }
        return new ExportResult.Rendered(png.toByteArray(), ExportFormat.PNG);
    }

    /** Renders and writes atomically: either the whole file is there afterwards, or nothing changed. */
    public static ExportResult export(ExportRequest request, Path target) {
        return switch (render(request)) {
            case ExportResult.Rendered(byte[] bytes, ExportFormat format) -> AtomicFiles.write(target, bytes);
            case ExportResult.Written written -> written;
            case ExportResult.Failed failed -> failed;
        };
    }
}
