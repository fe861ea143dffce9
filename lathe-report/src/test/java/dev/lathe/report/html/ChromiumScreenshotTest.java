package dev.lathe.report.html;

import dev.lathe.report.Chromium;
import dev.lathe.report.SampleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report in headless Chromium and checks that the screenshot shows a page, not a blank.
 * The page and its screenshot stay in {@code target/} (sample-report.html, sample-report.png) for people to look at.
 */
class ChromiumScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void sampleReportRendersToANonBlankPage() throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        Path html = target.resolve("sample-report.html");
        SampleReport.build().write(html);
        Chromium.screenshot(html, target.resolve("sample-report.png"), 2000, dir);
    }
}
