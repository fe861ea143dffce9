package dev.lathe.stats.distribution;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.Trigamma;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Maximum-likelihood gamma parameters with location 0: the shape k solves log k - digamma(k) = log(mean) -
 * mean(log x), started from Minka's (2002) closed-form approximation; the scale is mean / k.
 */
final class GammaMle {

    private GammaMle() {
    }

    /** Shape and scale for positive, not all equal, {@code x}. */
    static Estimate fit(double[] x) {
        double mean = 0;
        double meanLog = 0;
        for (double v : x) {
            mean += v;
            meanLog += Math.log(v);
        }
        mean /= x.length;
        meanLog /= x.length;
        double s = Math.log(mean) - meanLog;
        double guess = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        double shape = Root.positive(k -> Math.log(k) - Digamma.value(k) - s,
                k -> 1 / k - Trigamma.value(k), guess);
        double scale = mean / shape;
        GammaDistribution d = GammaDistribution.of(shape, scale);
        return new Estimate(new double[] {shape, scale}, d::logDensity, d::cumulativeProbability);
    }
}
