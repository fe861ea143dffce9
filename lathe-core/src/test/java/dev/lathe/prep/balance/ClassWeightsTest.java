package dev.lathe.prep.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.NumericColumn;
import org.junit.jupiter.api.Test;

class ClassWeightsTest {

    @Test
    void balancedWeightsAreScikitLearnsPerClassWeightsRowByRow() {
        // sklearn 1.2.1: compute_class_weight("balanced", classes=["a", "b", "c"], y=["a","a","a","b","c","c"])
        // gives [0.6666666666666666, 2.0, 1.0]
        double[] w = ClassWeights.balanced(CategoricalColumn.of("y", "c", "a", "b", "a", "c", "a"));
        assertThat(w).containsExactly(new double[] {1.0, 2.0 / 3, 2.0, 2.0 / 3, 1.0, 2.0 / 3}, within(1e-15));
    }

    @Test
    void everyClassWeighsTheSameInTotal() {
        NumericColumn y = NumericColumn.of("y", 0, 0, 0, 0, 0, 0, 0, 1, 1, 2);
        double[] w = ClassWeights.balanced(y);
        double zero = 0;
        double one = 0;
        for (int i = 0; i < w.length; i++) {
            zero += y.get(i) == 0 ? w[i] : 0;
            one += y.get(i) == 1 ? w[i] : 0;
        }
        assertThat(zero).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(one).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(w[9]).isCloseTo(10.0 / 3, within(1e-12));
    }

    @Test
    void aMissingLabelIsAClearError() {
        assertThatThrownBy(() -> ClassWeights.balanced(CategoricalColumn.of("y", "a", null)))
                .hasMessage("target 'y' has a missing label in row 2");
    }
}
