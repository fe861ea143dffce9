package dev.lathe.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders a report in headless Chromium (1280 x 2000) and checks that the screenshot shows a page, not a blank:
 * more than 50 colours and between 5% and 90% non-white pixels. Shared by the screenshot tests of every report.
 */
public final class ChromiumScreenshot {

    private ChromiumScreenshot() {
    }

    /** The Chromium executable on the PATH, or null when it is not installed. */
    public static String executable() {
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

    /**
     * Writes {@code report} to {@code html}, screenshots it to {@code png} and checks the picture.
     *
     * @param chromium the executable ({@link #executable()})
     * @param scratch  a folder for Chromium's profile and log
     */
    public static void renderAndCheck(String chromium, Report report, Path html, Path png, Path scratch)
            throws IOException, InterruptedException {
        report.write(html);
        renderAndCheck(chromium, html, png, scratch);
    }

    /**
     * Screenshots the report already written to {@code html} (by a command, say) to {@code png} and checks the picture.
     *
     * @param chromium the executable ({@link #executable()})
     * @param scratch  a folder for Chromium's profile and log
     */
    public static void renderAndCheck(String chromium, Path html, Path png, Path scratch)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        ProcessBuilder pb = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000",
                "--user-data-dir=" + scratch.resolve("profile"), html.toAbsolutePath().toUri().toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(scratch.resolve("chromium.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String log = Files.readString(scratch.resolve("chromium.log"), StandardCharsets.UTF_8);
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
