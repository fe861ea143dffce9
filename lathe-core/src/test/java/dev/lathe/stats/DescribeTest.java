package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DescribeTest {

    /**
     * NIST StRD univariate sets (refs/nist/univariate, copied from shared/refs): certified mean and
     * standard deviation. Accuracy as log relative error (LRE, correct significant digits).
     */
    @ParameterizedTest
    @ValueSource(strings = {"PiDigits", "Lottery", "Lew", "Mavro", "Michelso", "NumAcc1", "NumAcc2", "NumAcc3",
            "NumAcc4"})
    void matchesNistCertifiedMeanAndStandardDeviation(String set) throws IOException {
        String text;
        try (InputStream in = DescribeTest.class.getResourceAsStream("/refs/nist/univariate/" + set + ".dat")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        double mean = certified(text, "Sample Mean[^:]*:\\s*(\\S+)");
        double sd = certified(text, "Sample Standard Deviation \\(denom. = n-1\\)[^:]*:\\s*(\\S+)");
        String data = text.substring(text.indexOf("\n---", text.indexOf("Data: Y")) + 4).replaceFirst("^-*", "");
        List<Double> values = new ArrayList<>();
        for (String token : data.trim().split("\\s+")) {
            values.add(Double.parseDouble(token));
        }
        ColumnSummary s = Describe.of(NumericColumn.of("y", values.stream().mapToDouble(Double::doubleValue).toArray()));
        assertThat(lre(s.mean(), mean)).as("mean LRE of %s", set).isGreaterThanOrEqualTo(13);
        // NumAcc3/4 differ in the ninth digit: their SD is limited by the binary representation of the data
        double sdDigits = set.equals("NumAcc3") || set.equals("NumAcc4") ? 8 : 13;
        assertThat(lre(s.std(), sd)).as("sd LRE of %s", set).isGreaterThanOrEqualTo(sdDigits);
    }

    private static double certified(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static double lre(double estimate, double certified) {
        double err = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return err == 0 ? 15 : Math.min(15, -Math.log10(err));
    }

    @Test
    void quartilesInterpolateLikePandas() {
        // pandas.Series([1, 2, 3, 4, 10, None]).describe(): 25% 2.0, 50% 3.0, 75% 4.0, std 3.535534
        ColumnSummary s = Describe.of(NumericColumn.of("x", 1, 2, 3, 4, 10, Double.NaN));
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.q1()).isEqualTo(2);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.q3()).isEqualTo(4);
        assertThat(s.std()).isCloseTo(3.5355339059327378, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.distinct()).isEqualTo(5);
    }

    @Test
    void categoricalAndBooleanColumnsListTopLevels() {
        Frame f = Frame.of(CategoricalColumn.of("c", "x", "y", "x", null, "z", "x", "y"),
                BooleanColumn.of("b", true, true, false, null, null, true, true));
        List<ColumnSummary> all = Describe.of(f);
        ColumnSummary c = all.get(0);
        assertThat(c.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(c.distinct()).isEqualTo(3);
        assertThat(c.topLevels()).containsExactly(new ColumnSummary.LevelCount("x", 3),
                new ColumnSummary.LevelCount("y", 2), new ColumnSummary.LevelCount("z", 1));
        assertThat(all.get(1).missing()).isEqualTo(2);
        assertThat(all.get(1).topLevels().get(0)).isEqualTo(new ColumnSummary.LevelCount("true", 4));
        assertThat(c.mean()).isNaN();
    }
}
