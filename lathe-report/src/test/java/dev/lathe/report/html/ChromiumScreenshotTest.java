package dev.lathe.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lathe.report.SampleReport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report in headless Chromium and checks that the screenshot shows a page, not a blank.
 * The page and its screenshot stay in {@code target/} (sample-report.html, sample-report.png) for people to look at.
 */
class ChromiumScreenshotTest {

    @TempDir
    Path dir;

    private static String chromium() {
        for (String name : new String[] {"chromium", "chromium-browser"}) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    @Test
    void sampleReportRendersToANonBlankPage() throws Exception {
        String chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed (CI installs the Debian package chromium)");
        Path target = Files.createDirectories(Path.of("target"));
        Path html = target.resolve("sample-report.html").toAbsolutePath();
        SampleReport.build().write(html);
        Path png = target.resolve("sample-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        ProcessBuilder pb = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--screenshot=" + png, "--window-size=1280,2000", "--user-data-dir=" + dir.resolve("profile"),
                html.toUri().toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("chromium.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8);
        assertThat(Files.exists(png)).as(log).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
        assertThat(nonWhite).as("non-white pixels of " + pixels).isGreaterThan(pixels / 20);
        assertThat(nonWhite).as("non-white pixels of " + pixels).isLessThan(pixels * 9 / 10);
    }
}
