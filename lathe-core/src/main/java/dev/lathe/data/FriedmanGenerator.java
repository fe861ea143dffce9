package dev.lathe.data;

import dev.lathe.frame.Frame;
import java.util.Random;

/** Builds {@link Synthetic#friedman1} data (Friedman 1991, "Multivariate adaptive regression splines"). */
final class FriedmanGenerator {

    private static final int FEATURES = 10;

    private FriedmanGenerator() {
    }

    static Frame generate(int rows, double noise, long seed) {
        Args.atLeast("rows", rows, 1);
        Args.nonNegative("noise", noise);

        Random[] random = Draws.streams(seed, 2);
        double[][] x = new double[FEATURES][rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < FEATURES; j++) {
                x[j][i] = random[0].nextDouble();
            }
            y[i] = 10 * StrictMath.sin(Math.PI * x[0][i] * x[1][i]) + 20 * (x[2][i] - 0.5) * (x[2][i] - 0.5)
                    + 10 * x[3][i] + 5 * x[4][i] + noise * random[1].nextGaussian();
        }
        return FeatureFrames.of(x, "y", y);
    }
}
