package dev.rxray.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text as the editor holds it, plus what is needed to write it back unchanged: the editor only ever sees
 * {@code \n} line ends and no byte-order mark, while {@link #encode(String)} restores the file's own line separator
 * and mark.
 *
 * @param text      the content with every line ending turned into {@code \n} and any BOM removed
 * @param separator the line ending the file used
 * @param bom       whether the file began with a UTF-8 byte-order mark
 * @param validUtf8 false when some bytes were not UTF-8 and were read as U+FFFD (saving would replace them)
 */
public record FileText(String text, LineSeparator separator, boolean bom, boolean validUtf8) {

    private static final String BOM = "\uFEFF";

    public static FileText of(String text) {
        return new FileText(text, LineSeparator.LF, false, true);
    }

    public static FileText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static FileText decode(byte[] bytes) {
        String raw;
        boolean valid = true;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            raw = new String(bytes, StandardCharsets.UTF_8);
            valid = false;
        }
        boolean bom = raw.startsWith(BOM);
        String body = bom ? raw.substring(1) : raw;
        return new FileText(normalize(body), LineSeparator.detect(body), bom, valid);
    }

    /** The bytes to save for an edited text, with this file's line separator and mark. */
    public byte[] encode(String editedText) {
        String body = normalize(editedText);
        if (separator != LineSeparator.LF) {
            body = body.replace("\n", separator.chars());
        }
        return ((bom ? BOM : "") + body).getBytes(StandardCharsets.UTF_8);
    }

    /** The same file shape holding another text (after a save). */
    public FileText withText(String newText) {
        return new FileText(normalize(newText), separator, bom, true);
    }

    static String normalize(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
