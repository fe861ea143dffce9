package dev.lathe.stats.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maximum-likelihood fits against scipy 1.10.1 {@code dist.fit(x, floc=0)} and, for the negative binomial,
 * statsmodels 0.13.5 (fixtures/stats/fits.json, made by gen_fits.py; see README.md there).
 */
class DistributionFitsTest {

    private static final JsonNode SAMPLES = JsonFixtures.read("stats/fits.json").get("samples");

    static Stream<String> names() {
        Iterable<String> it = SAMPLES::fieldNames;
        return StreamSupport.stream(it.spliterator(), false);
    }

    private static NumericColumn column(String name) {
        return NumericColumn.wrap(name, JsonFixtures.doubles(SAMPLES.get(name).get("values")));
    }

    @ParameterizedTest
    @MethodSource("names")
    void fitsMatchScipy(String name) {
        NumericColumn column = column(name);
        for (Iterator<Map.Entry<String, JsonNode>> it = SAMPLES.get(name).get("fits").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            DistributionFamily family = DistributionFamily.valueOf(e.getKey());
            JsonNode want = e.getValue();
            DistributionFit fit = DistributionFits.fit(column, family);
            String what = name + " " + family;
            double ll = want.get("loglik").asDouble();
            // never worse than scipy's optimiser; where scipy's fit() stops early (Weibull, by up to 1e-7 in
            // log-likelihood and 3e-5 in the shape) the parameters are checked against its optimum polished by
            // Nelder-Mead to tight tolerances
            assertThat(fit.logLikelihood()).as(what).isGreaterThanOrEqualTo(ll - 1e-9);
            boolean polished = want.has("polished_parameters");
            double best = polished ? want.get("polished_loglik").asDouble() : ll;
            assertThat(fit.logLikelihood()).as(what).isCloseTo(best, within(1e-9));
            double[] parameters = JsonFixtures.doubles(want.get(polished ? "polished_parameters" : "parameters"));
            List<String> names = family.parameterNames();
            for (int j = 0; j < parameters.length; j++) {
                assertThat(fit.parameter(names.get(j))).as(what + " " + names.get(j))
                        .isCloseTo(parameters[j], within(1e-6 * Math.abs(parameters[j])));
            }
            double k = parameters.length;
            assertThat(fit.aic()).as(what).isCloseTo(2 * k - 2 * best, within(2e-9));
            assertThat(fit.bic()).as(what).isCloseTo(k * Math.log(fit.count()) - 2 * best, within(2e-9));
            if (!polished || family != DistributionFamily.WEIBULL) {
                assertThat(fit.aic()).as(what).isCloseTo(want.get("aic").asDouble(), within(2e-9));
                assertThat(fit.bic()).as(what).isCloseTo(want.get("bic").asDouble(), within(2e-9));
                assertThat(fit.ks()).as(what).isCloseTo(want.get("ks").asDouble(), within(1e-8));
            }
            assertThat(fit.count() + fit.missing()).isEqualTo(column.size());
        }
    }

    @Test
    void ranksContinuousCandidatesByAicAndSaysWhyOthersWereSkipped() {
        FitRanking ranking = DistributionFits.rank(column("gamma_200"));
        assertThat(ranking.fits()).extracting(DistributionFit::family).containsExactlyElementsOf(
                expectedOrder("gamma_200"));
        assertThat(ranking.best().family()).isEqualTo(DistributionFamily.WEIBULL);
        assertThat(ranking.skipped()).containsOnlyKeys(DistributionFamily.BETA, DistributionFamily.POISSON,
                DistributionFamily.NEGATIVE_BINOMIAL);
        assertThat(ranking.skipped().get(DistributionFamily.BETA))
                .startsWith("the beta distribution needs values strictly between 0 and 1, the values span [");
        assertThat(ranking.skipped().get(DistributionFamily.POISSON))
                .startsWith("the poisson distribution needs non-negative integers (counts), found ");

        FitRanking negative = DistributionFits.rank(column("normal_negative_50"));
        assertThat(negative.fits()).extracting(DistributionFit::family).containsExactly(DistributionFamily.NORMAL);
        assertThat(negative.skipped().get(DistributionFamily.LOG_NORMAL))
                .startsWith("the log-normal distribution needs values greater than 0, the smallest is -");
        assertThat(negative.skipped().get(DistributionFamily.EXPONENTIAL))
                .startsWith("the exponential distribution needs values at or above 0, the smallest is -");
    }

    @Test
    void ranksCountsAmongDiscreteFamiliesOnly() {
        FitRanking ranking = DistributionFits.rank(column("negbin_300"));
        assertThat(ranking.fits()).extracting(DistributionFit::family)
                .containsExactly(DistributionFamily.NEGATIVE_BINOMIAL, DistributionFamily.POISSON);
        assertThat(ranking.skipped().get(DistributionFamily.NORMAL)).startsWith("the values are counts");

        FitRanking underdispersed = DistributionFits.rank(column("counts_underdispersed"),
                EnumSet.of(DistributionFamily.POISSON, DistributionFamily.NEGATIVE_BINOMIAL));
        assertThat(underdispersed.best().family()).isEqualTo(DistributionFamily.POISSON);
        assertThat(underdispersed.skipped().get(DistributionFamily.NEGATIVE_BINOMIAL))
                .startsWith("the negative binomial distribution needs a variance above the mean");
        assertThatThrownBy(() -> DistributionFits.rank(column("normal_negative_50"),
                EnumSet.of(DistributionFamily.GAMMA)).best())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no candidate");
    }

    @Test
    void continuousRankingFollowsScipyAic() {
        for (String name : List.of("lognormal_150_missing", "weibull_120", "exponential_80", "beta_150",
                "beta_u_60", "small_positive_11")) {
            assertThat(DistributionFits.rank(column(name)).fits()).as(name).extracting(DistributionFit::family)
                    .containsExactlyElementsOf(expectedOrder(name));
        }
    }

    private static List<DistributionFamily> expectedOrder(String name) {
        List<Map.Entry<String, JsonNode>> fits = new ArrayList<>();
        SAMPLES.get(name).get("fits").fields().forEachRemaining(fits::add);
        return fits.stream().sorted(Comparator.comparingDouble(e -> e.getValue().get("aic").asDouble()))
                .map(e -> DistributionFamily.valueOf(e.getKey())).toList();
    }

    @Test
    void rejectsBadInputNamingTheColumn() {
        double nan = Double.NaN;
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("x", -1, 2, 3), DistributionFamily.LOG_NORMAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot fit column 'x': the log-normal distribution needs values greater than 0, "
                        + "the smallest is -1.0");
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("x", 0, 2, 3), DistributionFamily.GAMMA))
                .hasMessage("cannot fit column 'x': the gamma distribution needs values greater than 0, "
                        + "the smallest is 0.0");
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("x", 0.5, 1, 0.2), DistributionFamily.BETA))
                .hasMessage("cannot fit column 'x': the beta distribution needs values strictly between 0 and 1, "
                        + "the values span [0.2, 1.0]");
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("n", 1, 2.5, 3), DistributionFamily.POISSON))
                .hasMessage("cannot fit column 'n': the poisson distribution needs non-negative integers (counts), "
                        + "found 2.5");
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("n", -1, 2, 3),
                DistributionFamily.NEGATIVE_BINOMIAL)).hasMessageContaining("found -1.0");
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("n", 2, 3, 2, 3),
                DistributionFamily.NEGATIVE_BINOMIAL)).hasMessageContaining("needs a variance above the mean");
        assertThatThrownBy(() -> DistributionFits.rank(NumericColumn.of("flat", 4, 4, nan)))
                .hasMessageStartingWith("column 'flat' is constant (every present value is 4.0); fitting a distribution");
        assertThatThrownBy(() -> DistributionFits.fit(NumericColumn.of("gone", nan), DistributionFamily.NORMAL))
                .hasMessage("column 'gone' has 0 present value(s) (1 missing); fitting a distribution needs at least 2");
        assertThatThrownBy(() -> DistributionFits.rank(NumericColumn.of("spiky", 1, Double.POSITIVE_INFINITY)))
                .hasMessage("column 'spiky' holds Infinity in row 1; fitting a distribution needs finite values");
        DistributionFit fit = DistributionFits.fit(column("gamma_200"), DistributionFamily.GAMMA);
        assertThatThrownBy(() -> fit.parameter("rate"))
                .hasMessage("the gamma distribution has no parameter 'rate'; parameters: [shape, scale]");
    }
}
