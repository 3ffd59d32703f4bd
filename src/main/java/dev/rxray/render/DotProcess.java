package dev.rxray.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lays out with the {@code dot} program directly, DOT on its standard input and the layout (xdot or JSON) on its
 * standard output. graphviz-java's command-line engine goes through temporary files and costs about twice the program's own
 * time per layout, which an edit-then-relayout loop pays on every keystroke pause.
 */
final class DotProcess {
    private DotProcess() {
    }

    /** Graphviz's output for {@code -T...}, or an {@link IllegalStateException} with dot's message. */
    static String layout(String dot, String formatOption) {
        Process process;
        try {
            process = new ProcessBuilder(List.of("dot", formatOption)).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dot: " + e.getMessage(), e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            String out;
            try (InputStream stdout = process.getInputStream()) {
                out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            String err;
            try (InputStream stderr = process.getErrorStream()) {
                err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            int exit = process.waitFor();
            if (exit != 0 || out.isBlank()) {
                throw new IllegalStateException(err.isEmpty() ? "dot exited with status " + exit : err);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("dot failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("layout interrupted", e);
        } finally {
            process.destroy();
        }
    }
}
