package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.CategoricalColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agreement with pandas 1.5.3 / scipy 1.10.1 (fixtures/stats/shape.json, see README.md) and NIST StRD. */
class ShapeStatisticsTest {

    private static final double TOL = 1e-9;

    private static JsonNode fixture() throws IOException {
        try (InputStream in = ShapeStatisticsTest.class.getResourceAsStream("/fixtures/stats/shape.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double value(JsonNode node) {
        return node.isNull() ? Double.NaN : node.asDouble();
    }

    @ParameterizedTest
    @ValueSource(strings = {"skewed_missing", "symmetric", "heavy_tails", "four", "three"})
    void matchesPandas(String name) throws IOException {
        JsonNode c = fixture().get("samples").get(name);
        double[] values = new double[c.get("values").size()];
        Arrays.setAll(values, i -> value(c.get("values").get(i)));
        ShapeStatistics s = ShapeStatistics.of(values);
        assertThat(s.skewness()).isCloseTo(c.get("skew").asDouble(), within(TOL));
        if (c.get("kurt").isNull()) {
            assertThat(s.excessKurtosis()).isNaN();
        } else {
            assertThat(s.excessKurtosis()).isCloseTo(c.get("kurt").asDouble(), within(TOL));
        }
        assertThat(s.medianAbsoluteDeviation()).isCloseTo(c.get("mad").asDouble(), within(TOL));
        assertThat(s.coefficientOfVariation()).isCloseTo(c.get("cv").asDouble(), within(TOL));
    }

    @Test
    void entropyMatchesScipy() throws IOException {
        JsonNode e = fixture().get("entropy");
        String[] labels = new String[e.get("labels").size()];
        Arrays.setAll(labels, i -> e.get("labels").get(i).isNull() ? null : e.get("labels").get(i).asText());
        assertThat(Entropy.of(CategoricalColumn.of("c", labels))).isCloseTo(e.get("entropy").asDouble(), within(TOL));
        assertThat(Entropy.of(CategoricalColumn.of("c", "x", "x"))).isZero();
        assertThat(Entropy.of(CategoricalColumn.of("c", (String) null))).isNaN();
    }

    /** NIST StRD univariate sets (refs/nist/univariate): certified lag-1 autocorrelation, as LRE. */
    @ParameterizedTest
    @ValueSource(strings = {"PiDigits", "Lottery", "Lew", "Mavro", "Michelso", "NumAcc1", "NumAcc2", "NumAcc3",
            "NumAcc4"})
    void lag1AutocorrelationMatchesNist(String set) throws IOException {
        String text;
        try (InputStream in = ShapeStatisticsTest.class.getResourceAsStream("/refs/nist/univariate/" + set + ".dat")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        Matcher m = Pattern.compile("Autocorrelation Coefficient \\(lag 1\\)[^:]*:\\s*(\\S+)").matcher(text);
        assertThat(m.find()).isTrue();
        double certified = Double.parseDouble(m.group(1));
        String data = text.substring(text.indexOf("\n---", text.indexOf("Data: Y")) + 4).replaceFirst("^-*", "");
        double[] values = Arrays.stream(data.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        double r1 = ShapeStatistics.of(values).lag1Autocorrelation();
        double err = certified == 0 ? Math.abs(r1) : Math.abs(r1 - certified) / Math.abs(certified);
        double lre = err == 0 ? 15 : Math.min(15, -Math.log10(err));
        // NumAcc3/4 (values near 1e6 and 1e7 with one decimal) are limited by the binary representation of
        // the data, as their standard deviation in DescribeTest: LRE 11.2 and 9.0 measured
        double digits = set.equals("NumAcc3") || set.equals("NumAcc4") ? 8 : 13;
        assertThat(lre).as("r(1) LRE of %s", set).isGreaterThanOrEqualTo(digits);
    }

    @Test
    void lag1SkipsPairsWithAMissingRow() {
        // present 1, 2, 4, 5 (mean 3, deviations -2, -1, 1, 2, sum of squares 10); adjacent present pairs
        // (1, 2) and (4, 5) only: (-1)(-2) + (2)(1) = 4, r(1) = 0.4
        ShapeStatistics s = ShapeStatistics.of(new double[] {1, 2, Double.NaN, 4, 5});
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.lag1Autocorrelation()).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void edgeCasesGiveDocumentedValues() {
        ShapeStatistics constant = ShapeStatistics.of(new double[] {3, 3, 3, 3, 3});
        assertThat(constant.skewness()).isZero();
        assertThat(constant.excessKurtosis()).isZero();
        assertThat(constant.medianAbsoluteDeviation()).isZero();
        assertThat(constant.lag1Autocorrelation()).isNaN();
        ShapeStatistics two = ShapeStatistics.of(new double[] {1, Double.NaN, 3});
        assertThat(two.skewness()).isNaN();
        assertThat(two.excessKurtosis()).isNaN();
        assertThat(ShapeStatistics.of(new double[] {-1, 1}).coefficientOfVariation()).isNaN();
        ShapeStatistics empty = ShapeStatistics.of(new double[] {Double.NaN});
        assertThat(empty.count()).isZero();
        assertThat(empty.medianAbsoluteDeviation()).isNaN();
        assertThatThrownBy(() -> ShapeStatistics.of(new double[] {1, Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
