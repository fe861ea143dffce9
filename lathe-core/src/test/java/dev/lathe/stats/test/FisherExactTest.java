package dev.lathe.stats.test;

import static dev.lathe.stats.test.BasicFixture.alternative;
import static dev.lathe.stats.test.BasicFixture.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.parallel.Parallelism;
import org.junit.jupiter.api.Test;

/** Fisher's exact test against scipy's fisher_exact and an exact r x c enumeration (fixtures/stats-test-basic). */
class FisherExactTest {

    @Test
    void twoByTwoMatchesScipy() {
        int checked = 0;
        for (JsonNode c : BasicFixture.root().get("fisher").get("two_by_two")) {
            InferenceResult r = FisherExact.twoByTwo(table(c.get("table")), alternative(c), 0.95);
            assertThat(r.pValue()).as(c.toString()).isCloseTo(c.get("p").asDouble(), within(1e-12));
            assertThat(r.statistic()).as(c.toString()).isCloseTo(c.get("odds_ratio").asDouble(), within(1e-12));
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void rByCIsExactAndMatchesTheEnumerationInPython() {
        JsonNode rxc = BasicFixture.root().get("fisher").get("rxc");
        InferenceResult r = FisherExact.rByC(table(rxc.get("table")), 1000, 1);
        assertThat(r.pValue()).isCloseTo(rxc.get("exact_p").asDouble(), within(1e-12));
        assertThat(r.extras().get("method")).isEqualTo("exact enumeration");
        // a 2 x 2 table enumerated as r x c gives the two-sided Fisher p-value of scipy
        JsonNode first = BasicFixture.root().get("fisher").get("two_by_two").get(0);
        assertThat(first.get("alternative").asText()).isEqualTo("two-sided");
        assertThat(FisherExact.rByC(table(first.get("table")), 1000, 1).pValue())
                .isCloseTo(first.get("p").asDouble(), within(1e-12));
    }

    @Test
    void rByCFallsBackToMonteCarloBeyondTheBudget() {
        long[][] big = new long[6][6];
        for (long[] row : big) {
            java.util.Arrays.fill(row, 40);
        }
        big[0][0] = 90;
        InferenceResult r = FisherExact.rByC(big, 500, 5);
        assertThat(r.extras().get("method")).isEqualTo("Monte Carlo");
        assertThat(r.extras().get("draws")).isEqualTo(500L);
    }

    @Test
    void monteCarloAgreesWithTheExactEnumerationWithinItsError() {
        JsonNode rxc = BasicFixture.root().get("fisher").get("rxc");
        long[][] table = table(rxc.get("table"));
        double exact = rxc.get("exact_p").asDouble();
        InferenceResult r = FisherExact.monteCarlo(table, 40_000, 7);
        double se = Math.sqrt(exact * (1 - exact) / 40_000);
        assertThat(r.pValue()).isCloseTo(exact, within(4 * se));
        assertThat((Double) r.extras().get("p_value_se")).isCloseTo(se, within(se / 5));
    }

    @Test
    void monteCarloDependsOnTheSeedButNotOnTheThreads() {
        long[][] table = {{3, 1, 6}, {2, 7, 1}, {5, 2, 2}};
        int before = Parallelism.threads();
        double one;
        double three;
        try {
            Parallelism.setThreads(1);
            one = FisherExact.monteCarlo(table, 20_000, 11).pValue();
            Parallelism.setThreads(3);
            three = FisherExact.monteCarlo(table, 20_000, 11).pValue();
        } finally {
            Parallelism.setThreads(before);
        }
        assertThat(three).isEqualTo(one);
        assertThat(FisherExact.monteCarlo(table, 20_000, 12).pValue()).isNotEqualTo(one);
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> FisherExact.twoByTwo(new long[][] {{1, 2, 3}, {4, 5, 6}}, Alternative.TWO_SIDED, 0.95))
                .hasMessageContaining("needs a 2 x 2 table, got 2 x 3");
        assertThatThrownBy(() -> FisherExact.twoByTwo(new long[][] {{0, 0}, {4, 5}}, Alternative.TWO_SIDED, 0.95))
                .hasMessageContaining("row 1 of the table is all zero");
        assertThatThrownBy(() -> FisherExact.monteCarlo(new long[][] {{1, 2}, {3, 4}}, 0, 1))
                .hasMessage("the number of random tables is 0: expected at least 1");
    }
}
