package dev.rxray.samples;

/**
 * One bundled sample.
 *
 * @param topic       the folder it lives in ({@code async}, {@code pin}, ...)
 * @param fileName    its file name ({@code select_loop.rs})
 * @param title       the first {@code //!} line, or the file name when there is none
 * @param description the second {@code //!} line, or empty
 * @param text        the whole source text
 */
public record Sample(String topic, String fileName, String title, String description, String text) {

    /** Stable identifier, {@code topic/fileName}, as used in recovery files and the outline of the catalog. */
    public String id() {
        return topic + "/" + fileName;
    }
}
