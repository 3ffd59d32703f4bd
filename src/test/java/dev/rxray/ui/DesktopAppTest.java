package dev.rxray.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DesktopAppTest {

    @Test
    void withoutADisplayOnLinuxTheProblemIsOneLine() {
        assertThat(DesktopApp.displayProblem("Linux", "", Map.of())).hasValueSatisfying(message -> {
            assertThat(message).startsWith("rxray app: no display found").doesNotContain("\n");
            assertThat(message).contains("no display").contains("rxray check FILE");
            assertThat(message.lines()).hasSize(1);
        });
    }

    @Test
    void aDisplayOrTheHeadlessPlatformOrAnotherSystemIsFine() {
        assertThat(DesktopApp.displayProblem("Linux", "", Map.of("DISPLAY", ":0"))).isEmpty();
        assertThat(DesktopApp.displayProblem("Linux", "", Map.of("WAYLAND_DISPLAY", "wayland-0"))).isEmpty();
        assertThat(DesktopApp.displayProblem("Linux", "Headless", Map.of())).isEmpty();
        assertThat(DesktopApp.displayProblem("Mac OS X", "", Map.of())).isEmpty();
        assertThat(DesktopApp.displayProblem("Windows 11", "", Map.of())).isEmpty();
    }

    @Test
    void aBlankDisplayIsNoDisplay() {
        assertThat(DesktopApp.displayProblem("Linux", "", Map.of("DISPLAY", " "))).isPresent();
    }
}
