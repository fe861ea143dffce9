package dev.lathe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import org.junit.jupiter.api.Test;

class AbTestGeneratorTest {

    @Test
    void largeSampleShowsTheAskedRates() {
        int rows = 200_000;
        Frame f = Synthetic.abTest(rows, 0.10, 0.12, 40, 41);
        assertThat(f.names()).containsExactly("user_id", "arm", "converted", "revenue");
        CategoricalColumn arm = f.categorical("arm");
        BooleanColumn converted = f.bool("converted");
        NumericColumn revenue = f.numeric("revenue");
        assertThat(arm.levels()).containsExactly("A", "B");
        int[] users = new int[2];
        int[] conversions = new int[2];
        double revenueSum = 0;
        for (int i = 0; i < rows; i++) {
            assertThat(f.numeric("user_id").get(i)).isEqualTo(i + 1);
            users[arm.code(i)]++;
            if (converted.get(i)) {
                conversions[arm.code(i)]++;
                assertThat(revenue.get(i)).isPositive();
                revenueSum += revenue.get(i);
            } else {
                assertThat(revenue.get(i)).isZero();
            }
        }
        // standard errors: arm share 0.0011, conversion 0.0010, mean revenue (CV 1.31, 22,000 buyers) 0.35
        assertThat((double) users[0] / rows).isCloseTo(0.5, within(0.01));
        assertThat((double) conversions[0] / users[0]).isCloseTo(0.10, within(0.005));
        assertThat((double) conversions[1] / users[1]).isCloseTo(0.12, within(0.005));
        assertThat(revenueSum / (conversions[0] + conversions[1])).isCloseTo(40, within(2.0));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> Synthetic.abTest(100, 1.2, 0.1, 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("conversionA must be in [0, 1], got 1.2");
        assertThatThrownBy(() -> Synthetic.abTest(100, 0.1, -0.1, 10, 1))
                .hasMessage("conversionB must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> Synthetic.abTest(100, 0.1, 0.1, Double.POSITIVE_INFINITY, 1))
                .hasMessage("meanRevenue must be a finite number > 0, got Infinity");
    }
}
