package dev.lathe.report.chart;

/**
 * Bias-variance diagnostics: training and validation scores with their spread across folds, against the
 * number of training rows (learning curve) or a hyperparameter's value (validation curve).
 */
public final class ScoreCurves {

    private ScoreCurves() {
    }

    /**
     * A learning curve.
     *
     * @param trainSizes training rows at each point, increasing
     * @param train      scores on the training folds
     * @param validation scores on the validation folds
     * @param scoreName  the metric, for the vertical axis (for example {@code "accuracy"})
     */
    public static Svg learningCurve(String title, double[] trainSizes, ScoreBand train, ScoreBand validation,
                                    String scoreName) {
        return plot(title, "training rows", trainSizes, train, validation, scoreName, false);
    }

    /**
     * A validation curve.
     *
     * @param parameter   the hyperparameter's name, for the horizontal axis
     * @param values      its values, increasing
     * @param logarithmic draw the values on a log scale (for {@code C}, {@code alpha}, learning rates; all positive)
     * @see #learningCurve for the other parameters
     */
    public static Svg validationCurve(String title, String parameter, double[] values, boolean logarithmic,
                                      ScoreBand train, ScoreBand validation, String scoreName) {
        return plot(title, parameter, values, train, validation, scoreName, logarithmic);
    }

    private static Svg plot(String title, String xLabel, double[] x, ScoreBand train, ScoreBand validation,
                            String scoreName, boolean logarithmic) {
        XyPlot plot = XyPlot.of(title, xLabel, scoreName)
                .lineWithBand("training", x, train.mean(), train.lower(), train.upper())
                .lineWithBand("validation", x, validation.mean(), validation.lower(), validation.upper())
                .legend(XyPlot.Corner.BOTTOM_RIGHT);
        if (logarithmic) {
            plot.logX();
        }
        return plot.render();
    }
}
