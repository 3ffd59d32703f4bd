package dev.rxray.render;

import java.util.Locale;
import java.util.Optional;

/** The file formats a figure can be exported to. */
public enum ExportFormat {
    SVG("svg"), PNG("png"), PDF("pdf"), DOT("dot");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses a command-line or menu name ({@code svg}, {@code PNG}); empty for anything else. */
    public static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
