package dev.lathe;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of Lathe. */
public final class Lathe {

    private static final String VERSION = readVersion();

    private Lathe() {
    }

    /** The Lathe version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Lathe.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
