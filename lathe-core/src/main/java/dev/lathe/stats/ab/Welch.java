package dev.lathe.stats.ab;

import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.NamedInterval;
import dev.lathe.stats.test.TTests;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A variant against the control by Welch's t-test ({@link TTests}), with the difference's confidence
 * interval, Cohen's d and the relative lift {@code mean_v / mean_c - 1} with a delta-method interval:
 * {@code var(lift) = var_v / (n_v mean_c^2) + mean_v^2 var_c / (n_c mean_c^4)}.
 */
final class Welch {

    private static final NormalDistribution Z = NormalDistribution.of(0, 1);

    private Welch() {
    }

    static InferenceResult compare(double[] variant, double[] control, String variantName, String controlName,
                                   AbOptions options) {
        double vv = AbAnalysis.variance(variant);
        double vc = AbAnalysis.variance(control);
        double mv = AbAnalysis.mean(variant);
        double mc = AbAnalysis.mean(control);
        if (!(vv > 0) && !(vc > 0)) {
            throw new IllegalArgumentException("metric '" + options.metric() + "' has zero variance in both arm '"
                    + controlName + "' (every value " + control[0] + ") and arm '" + variantName + "' (every value "
                    + variant[0] + "); a t-test needs variation in at least one");
        }
        InferenceResult r = TTests.twoSample(variant, control, false, Alternative.TWO_SIDED, 1 - options.alpha());
        double lift = mv / mc - 1;
        double liftSe = Math.sqrt(vv / (variant.length * mc * mc) + mv * mv * vc / (control.length * mc * mc * mc * mc));
        double z = Z.inverseSurvivalProbability(options.alpha() / 2);
        NamedInterval e = r.estimate();
        Map<String, Object> extras = new LinkedHashMap<>(r.extras());
        extras.put("relative_lift", lift);
        extras.put("relative_lift_ci_low", lift - z * liftSe);
        extras.put("relative_lift_ci_high", lift + z * liftSe);
        return new InferenceResult(r.test(), r.statisticName(), r.statistic(), r.pValue(), r.df(), r.df2(),
                r.alternative(), "the mean of '" + variantName + "' equals the mean of '" + controlName + "'",
                new NamedInterval("difference in means (" + variantName + " - " + controlName + ")", e.value(), e.low(),
                        e.high(), e.confidence()), r.effectSize(), extras);
    }
}
