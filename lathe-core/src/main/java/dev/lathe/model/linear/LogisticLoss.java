package dev.lathe.model.linear;

import dev.lathe.loss.Losses;
import dev.lathe.loss.Penalty;
import dev.lathe.math.DifferentiableFunction;
import dev.lathe.parallel.Chunks;
import java.util.Arrays;

/**
 * The weighted mean log loss of a linear model plus a smooth (L2) penalty on its coefficients, with its
 * gradient. One score column (sigmoid) for a binary target, one per class (softmax) for a multinomial
 * one. Parameters: output k's coefficients at [k p, (k + 1) p), then one intercept per output when
 * fitted. Rows are processed in fixed chunks, in parallel; per-chunk sums are added in chunk order, so
 * the result does not depend on the number of threads.
 */
final class LogisticLoss implements DifferentiableFunction {

    /** Rows per chunk: a chunk's feature values stay in cache between the forward and backward pass. */
    static final int CHUNK_ROWS = 2048;

    private final double[][] x;
    private final int[] y;
    private final double[] weights;
    private final int n;
    private final int p;
    private final int outputs;
    private final boolean intercept;
    private final Penalty penalty;
    private final double[] scores;
    private final double[][] chunkGradients;
    private final double[] chunkLosses;

    /**
     * @param x         features, column-major
     * @param y         class code per row: 0 or 1 when {@code outputs} is 1, else in [0, outputs)
     * @param weights   non-negative row weights; normalised here to sum to 1 (a weighted mean)
     * @param outputs   1 for a binary (sigmoid) model, the number of classes for a softmax one
     * @param intercept whether the parameters end with one intercept per output
     * @param penalty   the smooth penalty on the coefficients (intercepts are never penalised)
     */
    LogisticLoss(double[][] x, int[] y, double[] weights, int outputs, boolean intercept, Penalty penalty) {
        this.x = x;
        this.y = y;
        this.n = y.length;
        this.p = x.length;
        this.outputs = outputs;
        this.intercept = intercept;
        this.penalty = penalty;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        this.weights = new double[n];
        for (int i = 0; i < n; i++) {
            this.weights[i] = weights[i] / total;
        }
        this.scores = new double[outputs * n];
        int chunks = (n + CHUNK_ROWS - 1) / CHUNK_ROWS;
        this.chunkGradients = new double[chunks][dimension()];
        this.chunkLosses = new double[chunks];
    }

    /** Number of parameters. */
    int dimension() {
        return outputs * (p + (intercept ? 1 : 0));
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        Chunks.run(chunkLosses.length, c -> chunk(c, theta));
        Arrays.fill(gradient, 0);
        double value = 0;
        for (int c = 0; c < chunkLosses.length; c++) {
            value += chunkLosses[c];
            double[] g = chunkGradients[c];
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += g[k];
            }
        }
        int coefficients = outputs * p;
        double[] w = Arrays.copyOf(theta, coefficients);
        double[] penaltyGradient = new double[coefficients];
        penalty.addSmoothGradient(w, penaltyGradient);
        for (int k = 0; k < coefficients; k++) {
            gradient[k] += penaltyGradient[k];
        }
        return value + penalty.value(w);
    }

    private void chunk(int c, double[] theta) {
        int from = c * CHUNK_ROWS;
        int to = Math.min(n, from + CHUNK_ROWS);
        for (int k = 0; k < outputs; k++) {
            double b = intercept ? theta[outputs * p + k] : 0;
            addScores(x, theta, k * p, b, scores, k * n, from, to);
        }
        chunkLosses[c] = outputs == 1 ? sigmoidResiduals(from, to) : softmaxResiduals(from, to);
        double[] g = chunkGradients[c];
        for (int k = 0; k < outputs; k++) {
            int base = k * n;
            dots(x, scores, base, g, k * p, from, to);
            if (intercept) {
                double s = 0;
                for (int i = from; i < to; i++) {
                    s += scores[base + i];
                }
                g[outputs * p + k] = s;
            }
        }
    }

    /** Weighted loss of rows [from, to); replaces each score by its weighted residual sigmoid(z) - y. */
    private double sigmoidResiduals(int from, int to) {
        double loss = 0;
        for (int i = from; i < to; i++) {
            double z = scores[i];
            double target = y[i];
            loss += weights[i] * (Losses.softplus(z) - target * z);
            scores[i] = weights[i] * (Losses.sigmoid(z) - target);
        }
        return loss;
    }

    /** Weighted loss of rows [from, to); replaces each class score by its weighted residual softmax - indicator. */
    private double softmaxResiduals(int from, int to) {
        double loss = 0;
        for (int i = from; i < to; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < outputs; k++) {
                max = Math.max(max, scores[k * n + i]);
            }
            double observed = scores[y[i] * n + i];
            double sum = 0;
            for (int k = 0; k < outputs; k++) {
                double e = Math.exp(scores[k * n + i] - max);
                scores[k * n + i] = e;
                sum += e;
            }
            loss += weights[i] * (max + Math.log(sum) - observed);
            for (int k = 0; k < outputs; k++) {
                scores[k * n + i] = weights[i] * (scores[k * n + i] / sum - (k == y[i] ? 1 : 0));
            }
        }
        return loss;
    }

    /**
     * Sets {@code out[outOffset + i] = b + sum_j coef[offset + j] x[j][i]} for rows i in [from, to): four
     * columns per pass over contiguous memory, so the scores are read and written a quarter as often.
     */
    static void addScores(double[][] x, double[] coef, int offset, double b, double[] out, int outOffset,
                          int from, int to) {
        Arrays.fill(out, outOffset + from, outOffset + to, b);
        int j = 0;
        for (; j + 3 < x.length; j += 4) {
            double w0 = coef[offset + j];
            double w1 = coef[offset + j + 1];
            double w2 = coef[offset + j + 2];
            double w3 = coef[offset + j + 3];
            double[] x0 = x[j];
            double[] x1 = x[j + 1];
            double[] x2 = x[j + 2];
            double[] x3 = x[j + 3];
            for (int i = from; i < to; i++) {
                out[outOffset + i] += (w0 * x0[i] + w1 * x1[i]) + (w2 * x2[i] + w3 * x3[i]);
            }
        }
        for (; j < x.length; j++) {
            double w = coef[offset + j];
            double[] xj = x[j];
            for (int i = from; i < to; i++) {
                out[outOffset + i] += w * xj[i];
            }
        }
    }

    /**
     * {@code g[gOffset + j] = sum_i r[base + i] x[j][i]} over rows [from, to) for every column j: four
     * columns per pass, each residual read once for the four.
     */
    private static void dots(double[][] x, double[] r, int base, double[] g, int gOffset, int from, int to) {
        int j = 0;
        for (; j + 3 < x.length; j += 4) {
            double[] x0 = x[j];
            double[] x1 = x[j + 1];
            double[] x2 = x[j + 2];
            double[] x3 = x[j + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = from; i < to; i++) {
                double v = r[base + i];
                s0 += v * x0[i];
                s1 += v * x1[i];
                s2 += v * x2[i];
                s3 += v * x3[i];
            }
            g[gOffset + j] = s0;
            g[gOffset + j + 1] = s1;
            g[gOffset + j + 2] = s2;
            g[gOffset + j + 3] = s3;
        }
        for (; j < x.length; j++) {
            double[] xj = x[j];
            double s = 0;
            for (int i = from; i < to; i++) {
                s += r[base + i] * xj[i];
            }
            g[gOffset + j] = s;
        }
    }
}
