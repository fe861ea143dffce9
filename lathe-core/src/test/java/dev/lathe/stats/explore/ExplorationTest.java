package dev.lathe.stats.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.data.Datasets;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.frame.UnknownColumnException;
import dev.lathe.parallel.Parallelism;
import dev.lathe.stats.quality.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an exploration holds, on iris and on the bad inputs that must give findings, never a crash. */
class ExplorationTest {

    private static final double NA = Double.NaN;

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void irisHasEveryPart() {
        Exploration e = Exploration.of(Datasets.iris(), "species", ExploreOptions.defaults());
        assertThat(e.overview().rows()).isEqualTo(150);
        assertThat(e.overview().types()).containsExactly(Map.entry("numeric", 4), Map.entry("categorical", 1));
        assertThat(e.overview().memoryBytes()).isEqualTo(4 * 8 * 150 + 4 * 150 + 3 * 40 + "setosa".length()
                + "versicolor".length() + "virginica".length());
        ColumnProfile petal = e.column("petal_length");
        assertThat(petal.histogram().bins()).isEqualTo(9); // numpy.histogram_bin_edges(x, 'auto'): 10 edges
        assertThat(petal.density().x()).hasSize(200);
        assertThat(petal.boxplot().median()).isEqualTo(4.35);
        assertThat(petal.normality().test()).isEqualTo(NormalityCheck.SHAPIRO_WILK);
        assertThat(petal.fits()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
        assertThat(petal.fits().get(0).aic()).isLessThanOrEqualTo(petal.fits().get(petal.fits().size() - 1).aic());
        assertThat(petal.notes()).isEmpty();
        ColumnProfile species = e.column("species");
        assertThat(species.histogram()).isNull();
        assertThat(species.summary().topLevels()).hasSize(3);
        assertThat(e.correlations().pearson().get("petal_length", "petal_width")).isGreaterThan(0.96);
        assertThat(e.correlations().kendall()).isNotNull();
        assertThat(e.correlations().cramersV()).isNull();
        assertThat(e.target().classTarget()).isTrue();
        assertThat(e.target().classes()).extracting(c -> c.count()).containsExactly(50L, 50L, 50L);
        assertThat(e.target().association().ranking().get(0).column()).isEqualTo("petal_length");
        assertThat(e.missingness().bandShares()[0]).hasSize(150).containsOnly(0.0);
        assertThat(e.sampling()).isEmpty();
    }

    @Test
    void largeDataUseSeededSamplesAndSaySo() {
        int n = 30_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i) * 10;
            y[i] = i % 97;
        }
        Frame f = Frame.of(NumericColumn.of("x", x), NumericColumn.of("y", y));
        Exploration e = Exploration.of(f);
        assertThat(e.sampling()).extracting(Sampling::statistic, Sampling::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kernel density", 20_000),
                        org.assertj.core.groups.Tuple.tuple("distribution fits", 20_000),
                        org.assertj.core.groups.Tuple.tuple("Spearman correlation", 20_000),
                        org.assertj.core.groups.Tuple.tuple("Kendall correlation", 5_000));
        assertThat(e.column("x").normality().test()).isEqualTo(NormalityCheck.DAGOSTINO_PEARSON);
        assertThat(e.column("x").normality().result().count()).isEqualTo(n);
        assertThat(e.column("x").fits().get(0).count()).isEqualTo(20_000);
        assertThat(e.correlations().kendall().n()[0][1]).isEqualTo(5_000);
        assertThat(e.correlations().pearson().n()[0][1]).isEqualTo(n);
        assertThat(e.missingness().bandShares()[0]).hasSize(MissingnessPattern.MAX_BANDS);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Frame f = Datasets.diabetes();
        ExploreOptions small = ExploreOptions.defaults().withSampleRows(200).withKendallRows(100);
        int threads = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            String one = json.writeValueAsString(Exploration.of(f, "progression", small).toMap());
            Parallelism.setThreads(3);
            assertThat(json.writeValueAsString(Exploration.of(f, "progression", small).toMap())).isEqualTo(one);
        } finally {
            Parallelism.setThreads(threads);
        }
    }

    @Test
    void emptyDataGiveTheEmptyFrameFindingOnly() {
        Exploration e = Exploration.of(Frame.of(NumericColumn.of("x")));
        assertThat(codes(e.overview().findings())).containsExactly("empty_frame");
        assertThat(e.columns()).isEmpty();
        assertThat(e.correlations()).isNull();
        assertThat(e.toMap().get("columns")).isEqualTo(List.of());
    }

    @Test
    void allMissingConstantAndOneRowColumnsLeaveNotesNotFailures() {
        Frame f = Frame.of(NumericColumn.of("gone", NA, NA, NA), NumericColumn.of("same", 2, 2, 2),
                NumericColumn.of("x", 1, 2, 4));
        Exploration e = Exploration.of(f);
        assertThat(codes(e.overview().findings())).contains("all_missing", "constant");
        ColumnProfile gone = e.column("gone");
        assertThat(gone.histogram()).isNull();
        assertThat(gone.notes()).extracting(Finding::code).containsOnly("not_computed");
        assertThat(gone.notes().get(0).message())
                .isEqualTo("no histogram: column 'gone' has 0 present value(s) (3 missing); a histogram needs at least 1");
        ColumnProfile same = e.column("same");
        assertThat(same.histogram().bins()).isEqualTo(1);
        assertThat(same.density()).isNull();
        assertThat(same.notes()).extracting(Finding::message).anyMatch(m -> m.startsWith("no kernel density: column"
                + " 'same' is constant (every present value is 2.0)"));
        assertThat(e.correlations().pearson().get("same", "x")).isNaN();
        Exploration one = Exploration.of(f.head(1));
        assertThat(one.column("x").histogram().counts()).containsExactly(1);
        assertThat(one.column("x").normality()).isNull();
        assertThat(one.column("x").notes()).extracting(Finding::code).containsOnly("not_computed");
        assertThat(one.column("x").notes()).noneMatch(n -> n.code().equals("statistic_failed"));
    }

    @Test
    void infinitiesAreLeftOutOfEveryStatistic() {
        Frame f = Frame.of(NumericColumn.of("x", 1, Double.POSITIVE_INFINITY, 3, Double.NEGATIVE_INFINITY, 5, 6),
                NumericColumn.of("y", 2, 1, 6, 3, 10, 12));
        Exploration e = Exploration.of(f, "y", ExploreOptions.defaults());
        assertThat(codes(e.overview().findings())).contains("infinite_values");
        ColumnProfile x = e.column("x");
        assertThat(x.notes()).isEmpty();
        assertThat(x.histogram().missing()).isEqualTo(2);
        assertThat(x.boxplot().count()).isEqualTo(4);
        assertThat(e.correlations().pearson().n()[0][1]).isEqualTo(4);
        assertThat(e.target().association().ranking().get(0).strength()).isFinite();
    }

    @Test
    void anUnknownTargetNamesTheClosestColumns() {
        assertThatThrownBy(() -> Exploration.of(Datasets.iris(), "specie", ExploreOptions.defaults()))
                .isInstanceOf(UnknownColumnException.class)
                .hasMessageStartingWith("no column 'specie'; closest: 'species'");
    }

    @Test
    void aTextColumnOfAMillionDistinctValuesIsAnIdentifier() {
        String[] ids = new String[1_000_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "id-" + i;
        }
        Exploration e = Exploration.of(Frame.of(TextColumn.of("id", ids)));
        assertThat(codes(e.overview().findings())).containsExactly("identifier");
        assertThat(e.column("id").summary().distinct()).isEqualTo(1_000_000);
        assertThat(e.column("id").summary().topLevels()).hasSize(10);
        assertThat(e.correlations().pearson()).isNull();
        assertThat(e.correlations().cramersV()).isNull();
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> ExploreOptions.defaults().withSampleRows(5))
                .hasMessage("sampleRows must be at least 10, got 5");
        assertThat(RowSample.of(10, 20, 1)).isNull();
        assertThat(RowSample.of(100, 20, 1)).hasSize(20).isSorted().doesNotHaveDuplicates()
                .isEqualTo(RowSample.of(100, 20, 1));
    }
}
