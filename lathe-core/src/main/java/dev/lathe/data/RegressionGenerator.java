package dev.lathe.data;

import dev.lathe.frame.Frame;
import java.util.Random;

/** Builds {@link Synthetic#regression} and {@link Synthetic#heteroscedasticRegression} data. */
final class RegressionGenerator {

    private static final int FEATURES = 0;
    private static final int COEFFICIENTS = 1;
    private static final int NOISE = 2;
    private static final double MIN_COEFFICIENT = 10;
    private static final double MAX_COEFFICIENT = 100;

    private RegressionGenerator() {
    }

    /**
     * Standard normal features, y linear in the first {@code informative} of them plus normal noise whose
     * standard deviation is {@code noiseSd}, or {@code noiseSd * |x1|} when {@code heteroscedastic}.
     */
    static Frame generate(int rows, int features, int informative, double noiseSd, boolean heteroscedastic,
                          long seed) {
        Args.atLeast("rows", rows, 1);
        Args.atLeast("features", features, 1);
        Args.atLeast("informative", informative, 0);
        if (informative > features) {
            throw new IllegalArgumentException("informative must be at most features (" + features + "), got "
                    + informative);
        }
        Args.nonNegative("noiseSd", noiseSd);

        Random[] random = Draws.streams(seed, 3);
        double[][] x = new double[features][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < features; j++) {
                x[j][i] = random[FEATURES].nextGaussian();
            }
        }
        double[] y = new double[rows];
        for (int j = 0; j < informative; j++) {
            double beta = MIN_COEFFICIENT + (MAX_COEFFICIENT - MIN_COEFFICIENT) * random[COEFFICIENTS].nextDouble();
            for (int i = 0; i < rows; i++) {
                y[i] += beta * x[j][i];
            }
        }
        for (int i = 0; i < rows; i++) {
            double sd = heteroscedastic ? noiseSd * Math.abs(x[0][i]) : noiseSd;
            y[i] += sd * random[NOISE].nextGaussian();
        }
        return FeatureFrames.of(x, "y", y);
    }
}
