package dev.lathe.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Renders XChart charts in a fresh JVM whose DISPLAY names an X server that does not exist and where nobody
 * but Lathe sets {@code java.awt.headless}: AWT would fail to connect unless Lathe made it headless first.
 */
class HeadlessRenderingTest {

    /** Child process: draws a chart, then reports whether AWT ran headless. */
    public static void main(String[] args) {
        System.out.println("before=" + System.getProperty(Headless.PROPERTY));
        Svg svg = ClassifierCurves.roc("t", List.of(new Curve("m", new double[] {0, 1}, new double[] {0, 1})));
        Svg bars = BarChart.of("t", "level", List.of("a", "b"), new long[] {1, 2});
        System.out.println("property=" + System.getProperty(Headless.PROPERTY) + " headless="
                + java.awt.GraphicsEnvironment.isHeadless() + " svg=" + svg.markup().length()
                + " bars=" + bars.markup().length());
    }

    @Test
    void rendersWithoutAWorkingDisplay() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HeadlessRenderingTest.class.getName());
        pb.environment().put("DISPLAY", ":987");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("before=null", "property=true", "headless=true")
                .containsPattern("svg=\\d{4,}").containsPattern("bars=\\d{4,}");
    }
}
