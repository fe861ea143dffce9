package dev.lathe.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The report's CSS, inlined in every page (resource {@code report.css} beside this class). */
final class Stylesheet {

    private static final String CSS = load();

    private Stylesheet() {
    }

    static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = Stylesheet.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the lathe-report jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read report.css", e);
        }
    }
}
