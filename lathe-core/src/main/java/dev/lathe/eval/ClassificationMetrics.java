package dev.lathe.eval;

import java.util.stream.IntStream;

/**
 * Metrics of class predictions and probabilities, defined as scikit-learn 1.2 defines them. Classes are codes
 * 0..k-1 into the model's class list; {@code pred[i]} is a predicted code and {@code proba[i][c]} the probability
 * of class c for row i. Sample weights {@code w} are {@code null} for equal weights, else one finite weight
 * &gt;= 0 per row with a positive sum. Where scikit-learn warns of a division by zero (a class never predicted,
 * never true) the documented value (0) is returned without a warning. Bad input (lengths that differ, no rows,
 * NaN probabilities, a code outside the columns, a single class where two are needed) is an
 * {@link IllegalArgumentException}.
 */
public final class ClassificationMetrics {

    /** Probabilities are clipped to [eps, 1 - eps], eps the double machine epsilon, as scikit-learn 1.2's eps='auto'. */
    private static final double CLIP = Math.ulp(1.0);

    /** Bins of {@link #expectedCalibrationError}. */
    public static final int ECE_BINS = 10;

    /** Disagreement weights of {@link #cohenKappa}: scikit-learn's {@code weights=None, 'linear', 'quadratic'}. */
    public enum KappaWeights {
        /** Every disagreement weighs 1. */
        NONE,
        /** A disagreement weighs |i - j|, i and j the positions of the two classes among those present. */
        LINEAR,
        /** A disagreement weighs (i - j)^2. */
        QUADRATIC
    }

    private ClassificationMetrics() {
    }

    /** The most probable class of each row, ties to the lowest class code. */
    public static int[] predicted(double[][] proba) {
        int[] out = new int[proba.length];
        for (int i = 0; i < proba.length; i++) {
            int best = 0;
            for (int k = 1; k < proba[i].length; k++) {
                if (proba[i][k] > proba[i][best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** Share of rows whose most probable class ({@link #predicted}) is the true one. */
    public static double accuracy(int[] y, double[][] proba) {
        Inputs.proba(y, proba);
        return accuracy(y, predicted(proba), null);
    }

    /** Weighted share of rows whose predicted class is the true one. */
    public static double accuracy(int[] y, int[] pred, double[] w) {
        Inputs.labels(y, pred);
        Inputs.weights(w, y.length);
        double[] hit = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            hit[i] = y[i] == pred[i] ? 1 : 0;
        }
        return Weighted.mean(hit, w);
    }

    /**
     * Balanced accuracy: the mean over classes of recall (right / true weight). Classes that occur only among the
     * predictions have no recall and are left out, as scikit-learn does after its warning.
     */
    public static double balancedAccuracy(int[] y, int[] pred, double[] w) {
        ConfusionMatrix cm = matrix(y, pred, w);
        double s = 0;
        int n = 0;
        for (int c = 0; c < cm.classes(); c++) {
            double support = cm.truthTotal(c);
            if (support > 0) {
                s += cm.get(c, c) / support;
                n++;
            }
        }
        return s / n;
    }

    /** Precision tp / (tp + fp), averaged as {@code average} says; 0 for a class never predicted. */
    public static double precision(int[] y, int[] pred, Average average, double[] w) {
        return scores(matrix(y, pred, w), average, 1).average(average, Prf.PRECISION);
    }

    /** Recall tp / (tp + fn), averaged as {@code average} says; 0 for a class never true. */
    public static double recall(int[] y, int[] pred, Average average, double[] w) {
        return scores(matrix(y, pred, w), average, 1).average(average, Prf.RECALL);
    }

    /** F1, the harmonic mean of precision and recall: {@link #fbeta} with beta 1. */
    public static double f1(int[] y, int[] pred, Average average, double[] w) {
        return fbeta(y, pred, 1, average, w);
    }

    /**
     * F-beta (1 + beta^2) P R / (beta^2 P + R), per class from that class's precision P and recall R (0 where the
     * denominator is 0), then averaged; MICRO computes P and R from summed counts first. Recall weighs beta times
     * as much as precision; beta &gt; 0.
     */
    public static double fbeta(int[] y, int[] pred, double beta, Average average, double[] w) {
        if (!(beta > 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("F-beta needs a finite beta > 0, got " + beta);
        }
        return scores(matrix(y, pred, w), average, beta).average(average, Prf.F);
    }

    /**
     * Matthews correlation coefficient (multi-class form, Gorodkin's R_K) from the weighted confusion matrix; 0
     * when the targets or the predictions are all one class (the formula's 0/0), as scikit-learn.
     */
    public static double matthewsCorrcoef(int[] y, int[] pred, double[] w) {
        ConfusionMatrix cm = matrix(y, pred, w);
        double n = cm.total();
        double correct = 0;
        double tp = 0;
        double tt = 0;
        double pp = 0;
        for (int c = 0; c < cm.classes(); c++) {
            correct += cm.get(c, c);
            tp += cm.truthTotal(c) * cm.predictedTotal(c);
            tt += cm.truthTotal(c) * cm.truthTotal(c);
            pp += cm.predictedTotal(c) * cm.predictedTotal(c);
        }
        double covYp = correct * n - tp;
        double covPp = n * n - pp;
        double covYy = n * n - tt;
        return covPp * covYy == 0 ? 0 : covYp / Math.sqrt(covYy * covPp);
    }

    /**
     * Cohen's kappa 1 - sum(W O) / sum(W E) of observed counts O against the counts E expected from the
     * marginals, W the disagreement weights, over the classes present among targets and predictions.
     */
    public static double cohenKappa(int[] y, int[] pred, KappaWeights weights, double[] w) {
        ConfusionMatrix cm = matrix(y, pred, w);
        int[] present = IntStream.range(0, cm.classes()).filter(cm::present).toArray();
        double n = cm.total();
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < present.length; i++) {
            for (int j = 0; j < present.length; j++) {
                double wt = switch (weights) {
                    case NONE -> i == j ? 0 : 1;
                    case LINEAR -> Math.abs(i - j);
                    case QUADRATIC -> (double) (i - j) * (i - j);
                };
                observed += wt * cm.get(present[i], present[j]);
                expected += wt * (cm.predictedTotal(present[i]) * cm.truthTotal(present[j]) / n);
            }
        }
        return 1 - observed / expected;
    }

    /** Mean negative log-likelihood, unweighted: see {@link #logLoss(int[], double[][], double[])}. */
    public static double logLoss(int[] y, double[][] proba) {
        return logLoss(y, proba, null);
    }

    /**
     * Weighted mean negative log-likelihood of the true class, probabilities clipped to [eps, 1 - eps] (eps the
     * machine epsilon) and renormalised per row.
     */
    public static double logLoss(int[] y, double[][] proba, double[] w) {
        Inputs.proba(y, proba);
        Inputs.weights(w, y.length);
        double[] loss = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double sum = 0;
            for (double p : proba[i]) {
                sum += clip(p);
            }
            loss[i] = -Math.log(clip(proba[i][y[i]]) / sum);
        }
        return Weighted.mean(loss, w);
    }

    /**
     * Brier score. Two classes: the weighted mean of (y - p)^2, p the probability of class 1 (scikit-learn 1.2's
     * {@code brier_score_loss}, in [0, 1]). More classes: the weighted mean over rows of sum over classes c of
     * (p_c - [y = c])^2, Brier's (1950) original definition, in [0, 2]; scikit-learn 1.2 has no multi-class
     * Brier score, and from 1.7 {@code brier_score_loss(scale_by_half='auto')} gives this same sum for more
     * than two classes and half of it (the binary value above) for two.
     */
    public static double brierScore(int[] y, double[][] proba, double[] w) {
        int k = Inputs.proba(y, proba);
        if (k < 2) {
            throw new IllegalArgumentException("Brier score needs at least two classes (probability columns), got " + k);
        }
        Inputs.weights(w, y.length);
        double[] sq = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (k == 2) {
                double d = y[i] - proba[i][1];
                sq[i] = d * d;
            } else {
                for (int c = 0; c < k; c++) {
                    double d = proba[i][c] - (y[i] == c ? 1 : 0);
                    sq[i] += d * d;
                }
            }
        }
        return Weighted.mean(sq, w);
    }

    /**
     * Area under the ROC curve: binary on the second class's probability, else the unweighted mean of the
     * one-vs-rest areas (scikit-learn's multi_class='ovr', average='macro'). Ties count one half.
     */
    public static double rocAuc(int[] y, double[][] proba) {
        return rocAuc(y, proba, null);
    }

    /** Weighted ROC AUC: binary for two columns, else one-vs-rest macro ({@link #rocAucOvr}). */
    public static double rocAuc(int[] y, double[][] proba, double[] w) {
        int k = Inputs.proba(y, proba);
        return k == 2 ? binaryAuc(y, column(proba, 1), 1, w) : rocAucOvr(y, proba, Average.MACRO, w);
    }

    /**
     * One-vs-rest ROC AUC: the area of each class's probability against the rest, averaged MACRO (plain mean)
     * or WEIGHTED (by the class's weighted count among the targets). Every class must occur among the targets.
     */
    public static double rocAucOvr(int[] y, double[][] proba, Average average, double[] w) {
        int k = Inputs.proba(y, proba);
        aucAverage(average);
        Inputs.weights(w, y.length);
        double[] area = new double[k];
        double[] support = new double[k];
        for (int c = 0; c < k; c++) {
            area[c] = binaryAuc(y, column(proba, c), c, w);
        }
        for (int i = 0; i < y.length; i++) {
            support[y[i]] += Weighted.of(w, i);
        }
        return Weighted.mean(area, average == Average.WEIGHTED ? support : null);
    }

    /**
     * One-vs-one ROC AUC (Hand and Till): for each pair of classes a &lt; b, on the rows of those two classes, the
     * mean of a's area (a's probability) and b's area (b's probability); the pair scores averaged MACRO (plain
     * mean) or WEIGHTED (by the pair's share of rows). Unweighted rows only, as scikit-learn.
     */
    public static double rocAucOvo(int[] y, double[][] proba, Average average) {
        int k = Inputs.proba(y, proba);
        aucAverage(average);
        int pairs = k * (k - 1) / 2;
        double[] score = new double[pairs];
        double[] prevalence = new double[pairs];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int ca = a;
                int cb = b;
                int[] rows = IntStream.range(0, y.length).filter(i -> y[i] == ca || y[i] == cb).toArray();
                int[] sub = new int[rows.length];
                double[] sa = new double[rows.length];
                double[] sb = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    sub[r] = y[rows[r]];
                    sa[r] = proba[rows[r]][a];
                    sb[r] = proba[rows[r]][b];
                }
                score[p] = (binaryAuc(sub, sa, a, null) + binaryAuc(sub, sb, b, null)) / 2;
                prevalence[p] = (double) rows.length / y.length;
                p++;
            }
        }
        return Weighted.mean(score, average == Average.WEIGHTED ? prevalence : null);
    }

    /** AUC of {@code score} for "class is {@code positive}", unweighted. */
    public static double binaryAuc(int[] y, double[] score, int positive) {
        return binaryAuc(y, score, positive, null);
    }

    /** Weighted AUC of {@code score} for "class is {@code positive}", the area under {@link Curves#roc}. */
    public static double binaryAuc(int[] y, double[] score, int positive, double[] w) {
        return Curves.roc(y, score, positive, w).auc();
    }

    /**
     * Average precision: of the class-1 probability for two classes ({@link Curves.PrecisionRecall#averagePrecision}),
     * else the one-vs-rest macro average ({@link OneVsRest#averagePrecision}, as scikit-learn's default on
     * binarised labels).
     */
    public static double averagePrecision(int[] y, double[][] proba, double[] w) {
        if (Inputs.proba(y, proba) > 2) {
            return OneVsRest.averagePrecision(y, proba, Average.MACRO, w);
        }
        binary(y, proba, "average precision");
        return Curves.precisionRecall(y, column(proba, 1), 1, w).averagePrecision();
    }

    /**
     * Top-k accuracy: weighted share of rows whose true class is among the k most probable. Classes rank by
     * probability, ties ranking the higher class code first (scikit-learn's reversed stable sort), so on tied
     * rows top-1 accuracy can differ from {@link #accuracy(int[], double[][])}. k &gt;= the number of classes
     * gives 1.
     */
    public static double topKAccuracy(int[] y, double[][] proba, int k, double[] w) {
        Inputs.proba(y, proba);
        Inputs.weights(w, y.length);
        if (k < 1) {
            throw new IllegalArgumentException("top-k accuracy needs k >= 1, got " + k);
        }
        double[] hit = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double own = proba[i][y[i]];
            int ahead = 0;
            for (int c = 0; c < proba[i].length; c++) {
                if (proba[i][c] > own || (proba[i][c] == own && c > y[i])) {
                    ahead++;
                }
            }
            hit[i] = ahead < k ? 1 : 0;
        }
        return Weighted.mean(hit, w);
    }

    /**
     * Expected calibration error of a binary classifier's class-1 probability over {@link #ECE_BINS} uniform
     * bins ({@link Curves#calibration}, {@link Curves.Calibration#expectedCalibrationError}).
     */
    public static double expectedCalibrationError(int[] y, double[][] proba, double[] w) {
        int k = Inputs.proba(y, proba);
        if (k > 2) {
            throw new IllegalArgumentException("expected calibration error is one number for two classes; for " + k
                    + " classes use OneVsRest.expectedCalibrationErrors (one per class, one-vs-rest)");
        }
        binary(y, proba, "expected calibration error");
        return Curves.calibration(y, column(proba, 1), 1, ECE_BINS, w).expectedCalibrationError();
    }

    /** Per-class precision, recall, F-beta and support over the classes present (shared with the report). */
    static Prf scores(ConfusionMatrix cm, Average average, double beta) {
        int[] labels = average == Average.BINARY ? new int[] {1}
                : IntStream.range(0, cm.classes()).filter(cm::present).toArray();
        if (average == Average.BINARY && cm.classes() > 2) {
            throw new IllegalArgumentException("average BINARY needs class codes 0 and 1 only; code "
                    + (cm.classes() - 1) + " occurs");
        }
        int m = labels.length;
        double[] tp = new double[m];
        double[] predicted = new double[m];
        double[] support = new double[m];
        for (int j = 0; j < m; j++) {
            int c = labels[j];
            tp[j] = c < cm.classes() ? cm.get(c, c) : 0;
            predicted[j] = c < cm.classes() ? cm.predictedTotal(c) : 0;
            support[j] = c < cm.classes() ? cm.truthTotal(c) : 0;
        }
        if (average == Average.MICRO) {
            return Prf.of(new double[] {sum(tp)}, new double[] {sum(predicted)}, new double[] {sum(support)}, beta);
        }
        return Prf.of(tp, predicted, support, beta);
    }

    /** Precision, recall, F and support per class (one entry for MICRO). */
    record Prf(double[] precision, double[] recall, double[] f, double[] support) {

        static final int PRECISION = 0;
        static final int RECALL = 1;
        static final int F = 2;

        static Prf of(double[] tp, double[] predicted, double[] support, double beta) {
            int m = tp.length;
            double b2 = beta * beta;
            double[] p = new double[m];
            double[] r = new double[m];
            double[] f = new double[m];
            for (int j = 0; j < m; j++) {
                p[j] = predicted[j] == 0 ? 0 : tp[j] / predicted[j];
                r[j] = support[j] == 0 ? 0 : tp[j] / support[j];
                double denom = b2 * p[j] + r[j];
                f[j] = (1 + b2) * p[j] * r[j] / (denom == 0 ? 1 : denom);
            }
            return new Prf(p, r, f, support);
        }

        /** The chosen score averaged; WEIGHTED with no true row at all gives 0. */
        double average(Average average, int which) {
            double[] v = which == PRECISION ? precision : which == RECALL ? recall : f;
            if (average == Average.WEIGHTED) {
                return sum(support) == 0 ? 0 : Weighted.mean(v, support);
            }
            return Weighted.mean(v, null);
        }
    }

    private static double sum(double[] v) {
        return Weighted.total(v, v.length);
    }

    private static ConfusionMatrix matrix(int[] y, int[] pred, double[] w) {
        return ConfusionMatrix.of(y, pred, Inputs.labels(y, pred), w);
    }

    private static void aucAverage(Average average) {
        if (average != Average.MACRO && average != Average.WEIGHTED) {
            throw new IllegalArgumentException("multi-class ROC AUC averages MACRO or WEIGHTED, not " + average);
        }
    }

    private static void binary(int[] y, double[][] proba, String metric) {
        if (Inputs.proba(y, proba) != 2) {
            throw new IllegalArgumentException(metric + " needs two classes (probability columns), got "
                    + proba[0].length);
        }
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, CLIP), 1 - CLIP);
    }

    /** Column {@code k} of {@code proba}: every row's probability of class k. */
    static double[] column(double[][] proba, int k) {
        double[] out = new double[proba.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = proba[i][k];
        }
        return out;
    }
}
