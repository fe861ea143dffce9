package dev.lathe.model.rl;

import java.util.SplittableRandom;

/** Gamma and Beta variates for Thompson sampling (Marsaglia and Tsang 2000). */
final class GammaDraw {

    private GammaDraw() {
    }

    /** A Gamma(shape, 1) variate, shape above 0. */
    static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            // boost: Gamma(a) = Gamma(a + 1) * U^(1/a)
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    /** A Beta(a, b) variate, a and b above 0. */
    static double beta(double a, double b, SplittableRandom random) {
        double x = gamma(a, random);
        double y = gamma(b, random);
        return x / (x + y);
    }
}
