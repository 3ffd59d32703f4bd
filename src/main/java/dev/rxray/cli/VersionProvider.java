package dev.rxray.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version from a resource so that it is not repeated in code. */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/dev/rxray/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "rxray " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown").strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
