package dev.lathe.report.ab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.stats.ab.AbAnalysis;
import dev.lathe.stats.ab.AbOptions;
import dev.lathe.stats.ab.AbResult;
import dev.lathe.report.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbReportTest {

    @Test
    void showsVerdictsLiftPosteriorsAndTheSequentialMonitor() {
        AbResult r = AbAnalysis.run(experiment(false), AbOptions.of("arm", "revenue").withCovariate("pre")
                .withBayes(5000, 1, 0.001));
        String html = AbReport.of("A/B <test>", r).toHtml();
        assertThat(html).contains("A/B &lt;test&gt;", "Sample ratio as planned", "CUPED with &#39;pre&#39;",
                "variance reduced by", "Relative lift of each variant", "Posterior densities",
                "confidence sequence", "always-valid p").doesNotContain("<test>");
        // lift chart, posterior chart and one sequential chart per variant (b and c)
        assertThat(count(html, "<svg")).isEqualTo(4);
    }

    /** Renders the report in headless Chromium (skipped when not installed); page and screenshot stay in target/. */
    @Test
    void rendersToANonBlankPage(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        Path html = target.resolve("ab-report.html");
        AbReport.of("A/B test", AbAnalysis.run(experiment(false), AbOptions.of("arm", "revenue")
                .withBayes(5000, 1, 0.001))).write(html);
        Chromium.screenshot(html, target.resolve("ab-report.png"), 3000, dir);
    }

    @Test
    void flagsASampleRatioMismatch() {
        AbResult r = AbAnalysis.run(experiment(true), AbOptions.of("arm", "revenue").withBayes(5000, 1, 0.001));
        assertThat(AbReport.of("A/B", r).toHtml()).contains("Sample ratio mismatch");
    }

    private static Frame experiment(boolean skewed) {
        Random random = new Random(3);
        int n = 900;
        String[] arm = new String[n];
        double[] pre = new double[n];
        double[] revenue = new double[n];
        for (int i = 0; i < n; i++) {
            int a = skewed ? (random.nextDouble() < 0.5 ? 0 : random.nextDouble() < 0.6 ? 1 : 2) : random.nextInt(3);
            arm[i] = new String[] {"control", "b", "c"}[a];
            pre[i] = 20 + 5 * random.nextGaussian();
            revenue[i] = 3 + 0.9 * pre[i] + a + 2 * random.nextGaussian();
        }
        return Frame.of(CategoricalColumn.of("arm", arm), NumericColumn.of("pre", pre), NumericColumn.of("revenue", revenue));
    }

    private static int count(String text, String token) {
        Matcher m = Pattern.compile(Pattern.quote(token)).matcher(text);
        int c = 0;
        while (m.find()) {
            c++;
        }
        return c;
    }
}
