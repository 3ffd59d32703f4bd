package dev.rxray.oracle;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Whether the external tools the compiler-oracle tests need (rustc, python3) can be run here. */
public final class ExternalTools {
    private ExternalTools() {
    }

    /** True when {@code tool --version} runs and succeeds within 20 seconds. */
    public static boolean onPath(String tool) {
        try {
            Process p = new ProcessBuilder(List.of(tool, "--version")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
