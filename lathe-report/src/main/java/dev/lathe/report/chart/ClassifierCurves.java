package dev.lathe.report.chart;

import java.util.List;

/**
 * The curves of a classifier's evaluation, one or more per chart (several models, or one class against the
 * rest each): ROC with the chance diagonal, precision-recall with the no-skill baseline, and calibration
 * (reliability) with the perfectly calibrated diagonal. Axes run from 0 to 1.
 */
public final class ClassifierCurves {

    private static final double[] UNIT = {0, 1};

    private ClassifierCurves() {
    }

    /**
     * ROC curves: true-positive rate against false-positive rate.
     *
     * @param curves x = false-positive rate, y = true-positive rate; put the AUC in the name
     */
    public static Svg roc(String title, List<Curve> curves) {
        XyPlot plot = unitPlot(title, "false positive rate", "true positive rate").reference("chance", UNIT, UNIT);
        return lines(plot, curves).legend(XyPlot.Corner.BOTTOM_RIGHT).render();
    }

    /**
     * Precision-recall curves.
     *
     * @param curves     x = recall, y = precision; put the average precision in the name
     * @param prevalence share of positives, drawn as the no-skill baseline; NaN for none
     */
    public static Svg precisionRecall(String title, List<Curve> curves, double prevalence) {
        XyPlot plot = unitPlot(title, "recall", "precision");
        if (!Double.isNaN(prevalence)) {
            plot.reference("no skill", UNIT, new double[] {prevalence, prevalence});
        }
        return lines(plot, curves).legend(XyPlot.Corner.BOTTOM_LEFT).render();
    }

    /**
     * Calibration (reliability) curves, one marker per probability bin.
     *
     * @param curves x = mean predicted probability in the bin, y = observed share of positives
     */
    public static Svg calibration(String title, List<Curve> curves) {
        XyPlot plot = unitPlot(title, "mean predicted probability", "fraction of positives")
                .reference("perfectly calibrated", UNIT, UNIT);
        for (Curve c : curves) {
            plot.lineWithMarkers(c.name(), c.x(), c.y());
        }
        return plot.legend(XyPlot.Corner.TOP_LEFT).render();
    }

    private static XyPlot unitPlot(String title, String xLabel, String yLabel) {
        return XyPlot.of(title, xLabel, yLabel).xRange(0, 1).yRange(0, 1.02);
    }

    private static XyPlot lines(XyPlot plot, List<Curve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("need at least one curve");
        }
        for (Curve c : curves) {
            plot.line(c.name(), c.x(), c.y());
        }
        return plot;
    }
}
