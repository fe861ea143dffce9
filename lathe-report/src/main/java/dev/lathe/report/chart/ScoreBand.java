package dev.lathe.report.chart;

/**
 * Scores at several points (training sizes or hyperparameter values) with their spread across
 * cross-validation folds, drawn as a line with a band of {@code mean +- spread}.
 *
 * @param mean   mean score at each point
 * @param spread half-width of the band at each point (usually the standard deviation across folds), not negative
 */
public record ScoreBand(double[] mean, double[] spread) {

    /** Checks the lengths and copies the arrays. */
    public ScoreBand {
        if (mean.length != spread.length) {
            throw new IllegalArgumentException("need one spread per mean, got " + mean.length + " and " + spread.length);
        }
        mean = mean.clone();
        spread = spread.clone();
    }

    /** The means (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** The spreads (a copy). */
    @Override
    public double[] spread() {
        return spread.clone();
    }

    double[] lower() {
        double[] out = new double[mean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = mean[i] - spread[i];
        }
        return out;
    }

    double[] upper() {
        double[] out = new double[mean.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = mean[i] + spread[i];
        }
        return out;
    }
}
