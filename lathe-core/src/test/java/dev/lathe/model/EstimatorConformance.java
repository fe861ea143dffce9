package dev.lathe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Fingerprint;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.pipeline.RoundTrip;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The checks every estimator passes (as scikit-learn's check_estimator): seeded determinism, input not
 * mutated, bit-exact save/load, parameters by name, clear errors on missing or infinite features, a
 * single class or a constant target, empty data, and (for parametric models) fewer rows than parameters.
 * Extend it with a concrete estimator; override {@link #data()} / {@link #target()} to change the data.
 */
public abstract class EstimatorConformance {

    /** The estimator under test, with a fixed seed where it has one. */
    protected abstract Estimator estimator();

    /** Training data with the target column: iris for classifiers, diabetes for regressors by default. */
    protected Frame data() {
        return estimator().task() == Task.CLASSIFICATION ? Datasets.iris() : Datasets.diabetes();
    }

    /** The target column's name in {@link #data()}. */
    protected String target() {
        return estimator().task() == Task.CLASSIFICATION ? "species" : "progression";
    }

    /** Whether the model needs at least as many rows as parameters (linear models do, trees do not). */
    protected boolean needsMoreRowsThanColumns() {
        return false;
    }

    /**
     * Whether the estimator learns from rows with missing feature values (trees route them) instead of
     * refusing them; when true, the missing-value check asserts a fit that predicts every row instead.
     */
    protected boolean acceptsMissingValues() {
        return false;
    }

    private Frame x() {
        return data().drop(target());
    }

    private Column y() {
        return data().column(target());
    }

    /** What a fitted model predicts for {@code x}, flattened: scores for regressors, probabilities for classifiers. */
    protected static double[] outputs(Model m, Frame x) {
        if (m instanceof Regressor r) {
            return r.predict(x);
        }
        return Arrays.stream(((Classifier) m).predictProba(x)).flatMapToDouble(Arrays::stream).toArray();
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void sameSeedSameModel() {
        Model a = estimator().fit(x(), y());
        Model b = estimator().fit(x(), y());
        assertThat(bits(outputs(b, x()))).isEqualTo(bits(outputs(a, x())));
    }

    @Test
    void fittingAndPredictingLeaveTheInputUnchanged() {
        Frame x = x();
        Column y = y();
        String before = Fingerprint.of(x.withColumn(y.withName("__target")));
        Model m = estimator().fit(x, y);
        outputs(m, x);
        assertThat(Fingerprint.of(x.withColumn(y.withName("__target")))).isEqualTo(before);
    }

    @Test
    void savesAndLoadsBitForBit() {
        Model m = estimator().fit(x(), y());
        Model back = RoundTrip.saveAndLoad(m);
        assertThat(bits(outputs(back, x()))).isEqualTo(bits(outputs(m, x())));
        assertThat(back.task()).isEqualTo(m.task());
    }

    @Test
    void hyperparametersReadAndCopyByName() {
        Estimator e = estimator();
        assertThat(e.withParams(e.params())).isEqualTo(e);
        e.params().keySet().forEach(name -> assertThat(name).matches("[a-zA-Z][a-z0-9_]*"));
    }

    @Test
    void aMissingFeatureValueIsAClearErrorOrIsRouted() {
        Frame x = x();
        String name = x.column(0).name();
        double[] v = ((NumericColumn) x.column(0)).toArray();
        v[2] = Double.NaN;
        Frame bad = x.withColumn(NumericColumn.wrap(name, v));
        if (acceptsMissingValues()) {
            double[] out = outputs(estimator().fit(bad, y()), bad);
            assertThat(java.util.Arrays.stream(out).allMatch(Double::isFinite)).as("finite outputs").isTrue();
            return;
        }
        assertThatThrownBy(() -> estimator().fit(bad, y())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'").hasMessageContaining("row 3");
    }

    @Test
    void anInfiniteFeatureValueIsAClearError() {
        Frame x = x();
        String name = x.column(1).name();
        double[] v = ((NumericColumn) x.column(1)).toArray();
        v[0] = Double.POSITIVE_INFINITY;
        Frame bad = x.withColumn(NumericColumn.wrap(name, v));
        assertThatThrownBy(() -> estimator().fit(bad, y())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'").hasMessageContaining("infinite");
    }

    @Test
    void aSingleClassOrAConstantTarget() {
        Frame x = x();
        if (estimator().task() == Task.CLASSIFICATION) {
            String[] one = new String[x.rowCount()];
            Arrays.fill(one, "only");
            assertThatThrownBy(() -> estimator().fit(x, dev.lathe.frame.CategoricalColumn.of("y", one)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single class");
        } else {
            double[] constant = new double[x.rowCount()];
            Arrays.fill(constant, 7.5);
            Model m = estimator().fit(x, NumericColumn.wrap("y", constant));
            for (double p : ((Regressor) m).predict(x)) {
                assertThat(p).isCloseTo(7.5, org.assertj.core.api.Assertions.within(1e-6));
            }
        }
    }

    @Test
    void emptyDataIsAClearError() {
        Frame x = x().head(0);
        assertThatThrownBy(() -> estimator().fit(x, y().take(new int[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rows");
    }

    @Test
    void fewerRowsThanParametersIsAClearErrorWhereItMatters() {
        if (!needsMoreRowsThanColumns()) {
            return;
        }
        int rows = x().columnCount() - 1;
        int[] first = java.util.stream.IntStream.range(0, Math.max(rows, 2)).toArray();
        Frame x = x().take(first);
        Column y = y().take(first);
        if (estimator().task() == Task.CLASSIFICATION
                && java.util.stream.IntStream.range(0, y.size()).mapToObj(y::format).distinct().count() < 2) {
            return;
        }
        assertThatThrownBy(() -> estimator().fit(x, y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rows");
    }
}
