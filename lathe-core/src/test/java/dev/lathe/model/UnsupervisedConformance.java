package dev.lathe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Fingerprint;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.parallel.Parallelism;
import dev.lathe.pipeline.RoundTrip;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The checks every unsupervised estimator passes, the counterpart of {@link EstimatorConformance} for models fitted
 * on a frame alone: seeded determinism, the same result on 1 and 4 threads, input not mutated, bit-exact save/load
 * of what the model outputs, parameters by name, clear errors on missing or infinite features, empty data, a target
 * given to it, and new data with the wrong number of columns. Extend it with a concrete estimator; override
 * {@link #data()} to change the data (default: iris' four measurements).
 */
public abstract class UnsupervisedConformance {

    /** The estimator under test, with a fixed seed where it has one. */
    protected abstract UnsupervisedEstimator estimator();

    /** Training features. */
    protected Frame data() {
        return Datasets.iris().drop("species");
    }

    /**
     * What a fitted model outputs for {@code x}, flattened: cluster labels (and, for density models, the
     * log-densities), or a decomposition's coordinates.
     */
    protected static double[] outputs(Model m, Frame x) {
        double[] out = new double[0];
        if (m instanceof ClusterModel c) {
            out = Arrays.stream(c.predict(x)).asDoubleStream().toArray();
        }
        if (m instanceof DensityModel d) {
            out = concat(out, d.scoreSamples(x));
        }
        if (m instanceof Decomposition d) {
            out = concat(out, Arrays.stream(d.transform(x)).flatMapToDouble(Arrays::stream).toArray());
        }
        assertThat(out).as("the model outputs something").isNotEmpty();
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long[] bits(double[] v) {
        return Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void sameSeedSameModel() {
        Model a = estimator().fit(data());
        Model b = estimator().fit(data());
        assertThat(bits(outputs(b, data()))).isEqualTo(bits(outputs(a, data())));
    }

    @Test
    void sameResultOnOneAndFourThreads() {
        int before = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            double[] one = outputs(estimator().fit(data()), data());
            Parallelism.setThreads(4);
            double[] four = outputs(estimator().fit(data()), data());
            assertThat(bits(four)).isEqualTo(bits(one));
        } finally {
            Parallelism.setThreads(before);
        }
    }

    @Test
    void fittingAndPredictingLeaveTheInputUnchanged() {
        Frame x = data();
        String before = Fingerprint.of(x);
        outputs(estimator().fit(x), x);
        assertThat(Fingerprint.of(x)).isEqualTo(before);
    }

    @Test
    void savesAndLoadsBitForBit() {
        Model m = estimator().fit(data());
        Model back = RoundTrip.saveAndLoad(m);
        assertThat(bits(outputs(back, data()))).isEqualTo(bits(outputs(m, data())));
        assertThat(back.task()).isEqualTo(m.task());
        if (m instanceof ClusterModel c) {
            assertThat(((ClusterModel) back).labels()).isEqualTo(c.labels());
            assertThat(((ClusterModel) back).nClusters()).isEqualTo(c.nClusters());
        }
    }

    @Test
    void hyperparametersReadAndCopyByName() {
        UnsupervisedEstimator e = estimator();
        assertThat(e.withParams(e.params())).isEqualTo(e);
        e.params().keySet().forEach(name -> assertThat(name).matches("[a-zA-Z][a-z0-9_]*"));
        assertThat(e.task().unsupervised()).isTrue();
    }

    @Test
    void aMissingFeatureValueIsAClearError() {
        Frame x = data();
        String name = x.column(0).name();
        double[] v = ((NumericColumn) x.column(0)).toArray();
        v[2] = Double.NaN;
        Frame bad = x.withColumn(NumericColumn.wrap(name, v));
        assertThatThrownBy(() -> estimator().fit(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'").hasMessageContaining("row 3");
    }

    @Test
    void anInfiniteFeatureValueIsAClearError() {
        Frame x = data();
        String name = x.column(1).name();
        double[] v = ((NumericColumn) x.column(1)).toArray();
        v[0] = Double.POSITIVE_INFINITY;
        Frame bad = x.withColumn(NumericColumn.wrap(name, v));
        assertThatThrownBy(() -> estimator().fit(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'").hasMessageContaining("infinite");
    }

    @Test
    void emptyDataIsAClearError() {
        assertThatThrownBy(() -> estimator().fit(data().head(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void aTargetIsRefused() {
        Frame x = data();
        assertThatThrownBy(() -> estimator().fit(x, x.column(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a target").hasMessageContaining("'" + x.column(0).name() + "'");
    }

    @Test
    void newDataWithTheWrongColumnsIsAClearError() {
        Model m = estimator().fit(data());
        Frame fewer = data().drop(data().column(0).name());
        assertThatThrownBy(() -> outputs(m, fewer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fitted on " + data().columnCount() + " feature columns");
    }
}
