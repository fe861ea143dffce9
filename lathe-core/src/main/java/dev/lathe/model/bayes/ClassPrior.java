package dev.lathe.model.bayes;

import java.util.List;

/** Class priors shared by the naive Bayes models: given, learned from class counts, or uniform. */
final class ClassPrior {

    private ClassPrior() {
    }

    /** Checks given priors: null, or one finite non-negative number per class (count checked at fit). */
    static double[] given(String name, List<Double> priors) {
        if (priors == null) {
            return null;
        }
        double[] out = new double[priors.size()];
        for (int k = 0; k < out.length; k++) {
            Double v = priors.get(k);
            if (v == null || !(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be finite numbers at least 0, got " + priors);
            }
            out[k] = v;
        }
        return out;
    }

    /**
     * Log class priors: log of {@code given} when not null (one per class); else log(count / total) when
     * {@code fitPrior}; else uniform.
     */
    static double[] log(String name, double[] given, boolean fitPrior, double[] classCount) {
        int k = classCount.length;
        double[] out = new double[k];
        if (given != null) {
            if (given.length != k) {
                throw new IllegalArgumentException(name + " has " + given.length + " values for " + k + " classes");
            }
            for (int c = 0; c < k; c++) {
                out[c] = Math.log(given[c]);
            }
            return out;
        }
        double total = 0;
        for (double n : classCount) {
            total += n;
        }
        for (int c = 0; c < k; c++) {
            out[c] = fitPrior ? Math.log(classCount[c]) - Math.log(total) : -Math.log(k);
        }
        return out;
    }
}
