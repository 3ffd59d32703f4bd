package dev.rxray.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void crlfFilesAreEditedWithLfAndSavedWithCrlf() {
        FileText file = FileText.decode("fn a() {}\r\nfn b() {}\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.text()).isEqualTo("fn a() {}\nfn b() {}\n");
        assertThat(file.separator()).isEqualTo(LineSeparator.CRLF);
        assertThat(new String(file.encode(file.text() + "fn c() {}\n"), StandardCharsets.UTF_8))
                .isEqualTo("fn a() {}\r\nfn b() {}\r\nfn c() {}\r\n");
    }

    @Test
    void aByteOrderMarkIsHiddenFromTheEditorAndWrittenBack() {
        byte[] bytes = "\uFEFFfn main() {}\n".getBytes(StandardCharsets.UTF_8);
        FileText file = FileText.decode(bytes);
        assertThat(file.text()).isEqualTo("fn main() {}\n");
        assertThat(file.bom()).isTrue();
        assertThat(file.encode(file.text())).isEqualTo(bytes);
    }

    @Test
    void invalidUtf8IsReadAsReplacementCharactersAndFlagged() {
        FileText file = FileText.decode(new byte[] {'a', (byte) 0xFF, 'b'});
        assertThat(file.validUtf8()).isFalse();
        assertThat(file.text()).isEqualTo("a\uFFFDb");
    }

    @Test
    void oldMacLineEndsAreDetected() {
        assertThat(LineSeparator.detect("a\rb")).isEqualTo(LineSeparator.CR);
        assertThat(LineSeparator.detect("no line end")).isEqualTo(LineSeparator.LF);
        assertThat(FileText.decode("a\rb".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("a\nb");
    }
}
