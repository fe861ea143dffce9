package dev.lathe.report.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.report.Chromium;
import dev.lathe.stats.explore.Exploration;
import dev.lathe.stats.explore.ExploreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExplorationReportTest {

    @TempDir
    Path dir;

    private static String irisPage() {
        return ExplorationReport.of(Exploration.of(Datasets.iris(), "species", ExploreOptions.defaults()),
                "Exploratory analysis: iris.csv").toHtml();
    }

    @Test
    void irisHasEverySectionAndEveryChart() throws Exception {
        String html = irisPage();
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        for (String title : List.of("Overview", "Columns", "sepal_length (numeric)", "sepal_width (numeric)",
                "petal_length (numeric)", "petal_width (numeric)", "species (categorical)", "Correlations",
                "Target: species", "Missing values", "How this report was computed")) {
            assertThat(nav).contains(">" + title + "</a>");
            assertThat(html).containsPattern("<h[23]>" + Pattern.quote(title) + "</h[23]>");
        }
        // 4 x (histogram with density + box plot), species bars, 3 heatmaps, class balance, missingness
        assertThat(PageStructure.check(html)).isEqualTo(14);
        List<String> captions = PageStructure.captions(html);
        assertThat(captions).filteredOn(c -> c.startsWith("Histogram of")).hasSize(4)
                .allMatch(c -> c.contains("with kernel density"));
        assertThat(captions).filteredOn(c -> c.startsWith("Box plot of")).hasSize(4);
        assertThat(captions).contains("Most frequent values of species", "Class balance of species");
        assertThat(captions).anyMatch(c -> c.startsWith("Pearson's r")).anyMatch(c -> c.startsWith("Spearman's rho"))
                .anyMatch(c -> c.startsWith("Kendall's tau-b")).anyMatch(c -> c.startsWith("Missingness matrix"));
        assertThat(PageStructure.tabLabels(html))
                .containsExactly("Pearson", "Spearman", "Kendall");
        assertThat(html).contains("Shapiro-Wilk test on 150 values", "distribution (by AIC)",
                "badge-warning\">1 warning", "duplicate_rows", "No statistic used a sample", "|Pearson r|", "eta")
                .doesNotContain("<details");
    }

    @Test
    void categoricalPairsGetACramersVTabAndSamplesAreNamed() throws Exception {
        int n = 400;
        String[] a = new String[n];
        String[] b = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = "a" + i % 3;
            b[i] = "b" + i % 4;
            x[i] = i;
            y[i] = Math.sin(i);
        }
        Frame frame = Frame.of(CategoricalColumn.of("a", a), CategoricalColumn.of("b", b), NumericColumn.of("x", x),
                NumericColumn.of("y", y));
        ExploreOptions small = ExploreOptions.defaults().withSampleRows(100).withKendallRows(50);
        String html = ExplorationReport.of(Exploration.of(frame, null, small), "t").toHtml();
        PageStructure.check(html);
        assertThat(PageStructure.tabLabels(html))
                .containsExactly("Pearson", "Spearman", "Kendall", "Cramér's V");
        assertThat(html).contains("on a seeded sample of 100 of 400 rows (seed 42)",
                "on a seeded sample of 50 of 400 rows (seed 42)", "density from a seeded sample of 100 of 400 rows",
                "<td>Kendall correlation</td><td class=\"num\">50</td><td class=\"num\">400</td>");
    }

    static List<String> datasets() {
        return Datasets.names();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyBundledDataSetRenders(String name) throws Exception {
        Frame frame = Datasets.load(name);
        Exploration e = Exploration.of(frame, Datasets.target(name), ExploreOptions.defaults());
        String html = ExplorationReport.of(e, "Exploratory analysis: " + name).toHtml();
        int numeric = (int) frame.columns().stream().filter(c -> c instanceof NumericColumn).count();
        assertThat(PageStructure.check(html)).isGreaterThanOrEqualTo(2 * numeric + 3);
        assertThat(html).doesNotContain("statistic_failed");
        boolean fold = frame.columnCount() > ExplorationReport.FOLD_FROM;
        assertThat(html.split("<details>", -1).length - 1).isEqualTo(fold ? frame.columnCount() : 0);
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyBundledDataSetsReportRendersInChromium(String name) throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        Path html = target.resolve("explore-" + name + ".html");
        ExplorationReport.of(Exploration.of(Datasets.load(name), Datasets.target(name), ExploreOptions.defaults()),
                "Exploratory analysis: " + name).write(html);
        Chromium.screenshot(html, target.resolve("explore-" + name + ".png"), 2400,
                Files.createDirectories(dir.resolve("chromium-" + name)));
    }
}
