package dev.lathe.tune;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.parallel.Chunks;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.pipeline.TestPredictions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Bias-variance decomposition by bootstrap, with mlxtend's {@code bias_variance_decomp} procedure: the
 * pipeline is fitted {@code rounds} times on bootstrap samples of the training rows (as many rows as there are,
 * drawn with replacement) and predicts the test rows each time; the losses are averaged over rounds and test
 * rows. Rounds run in parallel, each with its own seed derived from {@code seed}, so the result does not depend
 * on the thread count.
 *
 * @param rounds bootstrap rounds, at least 2 (mlxtend's {@code num_rounds}, default 200)
 * @param seed   seed of the bootstrap draws
 */
public record BiasVariance(int rounds, long seed) {

    /** Validates the configuration. */
    public BiasVariance {
        dev.lathe.param.Check.atLeast("rounds", rounds, 2);
    }

    /**
     * Squared loss. With p_r(x) the prediction of round r and main(x) its mean over rounds:
     * {@code expectedLoss} = mean (p_r - y)^2, {@code variance} = mean (p_r - main)^2 and {@code mainLoss} =
     * mean (main - y)^2, so that expectedLoss = mainLoss + variance exactly. mlxtend calls mainLoss "bias"; it
     * holds bias^2 and noise together. When the true function f is known, {@code biasSquared} = mean (main - f)^2
     * and {@code noise} = mean (y - f)^2 split it, and bias^2 + variance + noise equals the expected loss up to
     * the sample's cross term 2 mean (main - f)(f - y), which is 0 in expectation.
     *
     * @param expectedLoss mean squared error over rounds and test rows
     * @param mainLoss     squared error of the mean prediction (mlxtend's avg_bias for loss='mse')
     * @param variance     mean squared deviation of the predictions from their mean (mlxtend's avg_var)
     * @param biasSquared  mean (main - f)^2, NaN when the truth is not given
     * @param noise        mean (y - f)^2, NaN when the truth is not given
     */
    public record Squared(double expectedLoss, double mainLoss, double variance, double biasSquared, double noise) {

        /** The parts by name, in the order above; bias^2 and noise only when the truth was given. */
        public Map<String, Double> components() {
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("expected_loss", expectedLoss);
            out.put("main_loss", mainLoss);
            out.put("variance", variance);
            if (!Double.isNaN(biasSquared)) {
                out.put("bias_squared", biasSquared);
                out.put("noise", noise);
            }
            return out;
        }
    }

    /**
     * 0-1 loss after Domingos (2000): the main prediction ym(x) is the most frequent label over rounds (ties: the
     * one that reached the top count in the earliest round), the optimal prediction is taken to be the observed label (no noise),
     * bias B(x) = [ym != y], variance V(x) = share of rounds whose label differs from ym. Net variance adds the
     * variance of unbiased rows and subtracts c V(x) for biased rows, c = P(prediction = y | prediction != ym)
     * (1 with two classes); then expectedLoss = bias + netVariance exactly. mlxtend's avg_expected_loss,
     * avg_bias and avg_var are expectedLoss, bias and variance.
     *
     * @param expectedLoss     mean 0-1 loss over rounds and test rows
     * @param bias             mean of B(x)
     * @param variance         mean of V(x)
     * @param unbiasedVariance mean of V(x) over all rows, counting only unbiased ones (it raises the loss)
     * @param biasedVariance   mean of c V(x) over all rows, counting only biased ones (it lowers the loss)
     * @param netVariance      unbiasedVariance - biasedVariance
     */
    public record ZeroOne(double expectedLoss, double bias, double variance, double unbiasedVariance,
                          double biasedVariance, double netVariance) {

        /** The parts by name, in the order above. */
        public Map<String, Double> components() {
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("expected_loss", expectedLoss);
            out.put("bias", bias);
            out.put("variance", variance);
            out.put("unbiased_variance", unbiasedVariance);
            out.put("biased_variance", biasedVariance);
            out.put("net_variance", netVariance);
            return out;
        }
    }

    /**
     * The squared-loss decomposition of a regression pipeline.
     *
     * @param truth the true function at each test row (noise-free target), or null when unknown
     */
    public Squared squared(Pipeline pipeline, Frame train, Frame test, String target, double[] truth) {
        if (truth != null && truth.length != test.rowCount()) {
            throw new IllegalArgumentException("the truth has " + truth.length + " values for " + test.rowCount()
                    + " test rows");
        }
        double[][] p = new double[rounds][];
        double[][] y = new double[1][];
        fitRounds(pipeline, train, target, (r, fitted) -> {
            if (!(TestPredictions.of(fitted, test, target) instanceof TestPredictions.Regression reg)) {
                throw new IllegalArgumentException("the squared-loss decomposition needs a regression; use zeroOne");
            }
            p[r] = reg.predicted();
            y[0] = reg.truth();
        });
        int n = test.rowCount();
        double loss = 0, variance = 0, mainLoss = 0, bias2 = 0, noise = 0;
        for (int i = 0; i < n; i++) {
            double main = 0;
            for (double[] round : p) {
                main += round[i] / rounds;
            }
            for (double[] round : p) {
                loss += sq(round[i] - y[0][i]);
                variance += sq(round[i] - main);
            }
            mainLoss += sq(main - y[0][i]);
            if (truth != null) {
                bias2 += sq(main - truth[i]);
                noise += sq(y[0][i] - truth[i]);
            }
        }
        double cells = (double) n * rounds;
        return new Squared(loss / cells, mainLoss / n, variance / cells, truth == null ? Double.NaN : bias2 / n,
                truth == null ? Double.NaN : noise / n);
    }

    /** The 0-1 loss decomposition of a classification pipeline. */
    public ZeroOne zeroOne(Pipeline pipeline, Frame train, Frame test, String target) {
        String[][] p = new String[rounds][];
        String[][] y = new String[rounds][];
        fitRounds(pipeline, train, target, (r, fitted) -> {
            if (!(TestPredictions.of(fitted, test, target) instanceof TestPredictions.Classification cls)) {
                throw new IllegalArgumentException("the 0-1 loss decomposition needs a classification; use squared");
            }
            java.util.List<String> classes = ((Classifier) fitted.model()).classes();
            p[r] = new String[cls.truth().length];
            y[r] = new String[cls.truth().length];
            for (int i = 0; i < p[r].length; i++) {
                p[r][i] = classes.get(argmax(cls.proba()[i]));
                y[r][i] = classes.get(cls.truth()[i]);
            }
        });
        int n = test.rowCount();
        double loss = 0, bias = 0, variance = 0, unbiased = 0, biased = 0;
        for (int i = 0; i < n; i++) {
            String truth = y[0][i];
            String main = mode(p, i);
            int wrong = 0, offMain = 0, offMainRight = 0;
            for (String[] round : p) {
                wrong += round[i].equals(truth) ? 0 : 1;
                if (!round[i].equals(main)) {
                    offMain++;
                    offMainRight += round[i].equals(truth) ? 1 : 0;
                }
            }
            double v = (double) offMain / rounds;
            loss += (double) wrong / rounds;
            variance += v;
            if (main.equals(truth)) {
                unbiased += v;
            } else {
                bias += 1;
                biased += offMain == 0 ? 0 : (double) offMainRight / offMain * v;
            }
        }
        return new ZeroOne(loss / n, bias / n, variance / n, unbiased / n, biased / n,
                (unbiased - biased) / n);
    }

    /** What to do with the pipeline fitted in one round. */
    private interface RoundResult {
        void accept(int round, FittedPipeline fitted);
    }

    private void fitRounds(Pipeline pipeline, Frame train, String target, RoundResult result) {
        int n = train.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("no training rows to draw bootstrap samples from");
        }
        IllegalArgumentException[] failures = new IllegalArgumentException[rounds];
        Chunks.run(rounds, r -> {
            SplittableRandom rng = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * (r + 1));
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = rng.nextInt(n);
            }
            try {
                result.accept(r, pipeline.fit(train.take(rows), target));
            } catch (IllegalArgumentException e) {
                failures[r] = new IllegalArgumentException("bootstrap round " + (r + 1) + ": " + e.getMessage(), e);
            }
        });
        for (IllegalArgumentException e : failures) {
            if (e != null) {
                throw e;
            }
        }
    }

    /** The most frequent label of row i over the rounds; ties go to the label that reached the count first. */
    private static String mode(String[][] p, int i) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (String[] round : p) {
            int c = counts.merge(round[i], 1, Integer::sum);
            if (c > bestCount) {
                best = round[i];
                bestCount = c;
            }
        }
        return best;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    private static double sq(double v) {
        return v * v;
    }
}
