package dev.lathe.stats.ab;

import dev.lathe.stats.test.Alternative;
import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.Interval;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * A variant against the control by Welch's t-test (Commons Statistics), with the difference's confidence
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
        TTest.Result r = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(variant, control);
        double se = Math.sqrt(vv / variant.length + vc / control.length);
        double df = r.getDegreesOfFreedom();
        double confidence = 1 - options.alpha();
        double half = TDistribution.of(df).inverseSurvivalProbability(options.alpha() / 2) * se;
        double diff = mv - mc;
        double pooledSd = Math.sqrt(((variant.length - 1) * vv + (control.length - 1) * vc)
                / (variant.length + control.length - 2));
        double lift = mv / mc - 1;
        double liftSe = Math.sqrt(vv / (variant.length * mc * mc) + mv * mv * vc / (control.length * mc * mc * mc * mc));
        double z = Z.inverseSurvivalProbability(options.alpha() / 2);
        return InferenceResult.builder("Welch two-sample t-test", "t", r.getStatistic(), r.getPValue())
                .df(df)
                .alternative(Alternative.TWO_SIDED)
                .nullHypothesis("the mean of '" + variantName + "' equals the mean of '" + controlName + "'")
                .estimate(new Interval("difference in means (" + variantName + " - " + controlName + ")", diff,
                        diff - half, diff + half, confidence))
                .effectSize(Interval.point("cohen_d", diff / pooledSd))
                .extra("relative_lift", lift)
                .extra("relative_lift_ci_low", lift - z * liftSe)
                .extra("relative_lift_ci_high", lift + z * liftSe)
                .build();
    }
}
