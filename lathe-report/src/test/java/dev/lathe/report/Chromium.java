package dev.lathe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Renders a page in headless Chromium and checks that the screenshot shows a page, not a blank: the shared
 * part of the screenshot tests. Skips the calling test, with a message, when {@code chromium} is not installed.
 */
public final class Chromium {

    private Chromium() {
    }

    /**
     * Screenshots {@code html} at 1280 x {@code height} pixels into {@code png} and checks it: more than 50
     * colours, between 5% and 90% non-white pixels.
     *
     * @param work a scratch folder for Chromium's profile and log
     */
    public static BufferedImage screenshot(Path html, Path png, int height, Path work) throws Exception {
        String chromium = executable();
        assumeTrue(chromium != null, "chromium is not installed (CI installs the Debian package chromium)");
        Files.deleteIfExists(png);
        Path log = work.resolve("chromium.log");
        ProcessBuilder pb = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--screenshot=" + png.toAbsolutePath(), "--window-size=1280," + height,
                "--user-data-dir=" + work.resolve("profile"), html.toAbsolutePath().toUri().toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertThat(Files.exists(png)).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();
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
        return image;
    }

    private static String executable() {
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
}
