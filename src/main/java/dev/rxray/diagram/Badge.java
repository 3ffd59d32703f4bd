package dev.rxray.diagram;

import java.util.Objects;

/** A small labelled fact beside a figure ({@code Send: yes}, {@code drop glue: no}) with its reason on hover. */
public record Badge(String id, String label, String value, Tone tone, String tooltip) {
    public Badge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(tooltip, "tooltip");
    }

    public static Badge of(String label, String value, Tone tone, String tooltip) {
        return new Badge(DiagramId.from(label), label, value, tone, tooltip);
    }
}
