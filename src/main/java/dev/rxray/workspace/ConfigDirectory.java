package dev.rxray.workspace;

import java.nio.file.Path;

/**
 * Where the app keeps its settings and recovery file. The system property {@code rxray.config.dir} wins, so that
 * tests and portable installs can point it elsewhere; then {@code $XDG_CONFIG_HOME/rxray}; then
 * {@code ~/.config/rxray}.
 */
public final class ConfigDirectory {
    public static final String PROPERTY = "rxray.config.dir";

    private ConfigDirectory() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY, "");
        if (!override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv().getOrDefault("XDG_CONFIG_HOME", "");
        if (!xdg.isBlank()) {
            return Path.of(xdg, "rxray");
        }
        return Path.of(System.getProperty("user.home"), ".config", "rxray");
    }
}
