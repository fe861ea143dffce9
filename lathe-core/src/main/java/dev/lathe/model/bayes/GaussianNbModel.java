package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.QueryFeatures;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * A fitted {@link GaussianNB}: per class the row count, feature means and sums of squared deviations.
 * Partial fits merge a batch's per-class statistics exactly (Chan, Golub and LeVeque's pairwise update), and
 * the smoothing epsilon is recomputed from the pooled variance of all rows seen, so batches give the model
 * one fit on all rows gives. (scikit-learn's {@code partial_fit} takes epsilon from the latest batch alone,
 * so after several batches its smoothing can differ slightly from Lathe's.)
 */
public final class GaussianNbModel implements NaiveBayes {

    /** Type name in model files. */
    public static final String TYPE = "gaussian_nb";

    private final List<String> classes;
    private final List<String> features;
    private final double varSmoothing;
    private final double[] priors;
    private final double[] count;
    private final double[][] mean;
    private final double[][] m2;
    private final double[][] var;
    private final double[] logPrior;
    private final double epsilon;

    private GaussianNbModel(List<String> classes, List<String> features, double varSmoothing, double[] priors,
                            double[] count, double[][] mean, double[][] m2) {
        this.classes = List.copyOf(classes);
        this.features = List.copyOf(features);
        this.varSmoothing = varSmoothing;
        this.priors = priors;
        this.count = count;
        this.mean = mean;
        this.m2 = m2;
        int k = classes.size();
        int d = features.size();
        if (count.length != k || mean.length != k || m2.length != k) {
            throw new IllegalArgumentException("statistics for " + count.length + " classes, expected " + k);
        }
        double total = 0;
        for (double n : count) {
            total += n;
        }
        double largest = 0;
        for (int j = 0; j < d && total > 0; j++) {
            double m = 0;
            for (int c = 0; c < k; c++) {
                m += count[c] * mean[c][j];
            }
            m /= total;
            double s = 0;
            for (int c = 0; c < k; c++) {
                double dev = mean[c][j] - m;
                s += m2[c][j] + count[c] * dev * dev;
            }
            largest = Math.max(largest, s / total);
        }
        epsilon = varSmoothing * largest;
        var = new double[k][d];
        for (int c = 0; c < k && total > 0; c++) {
            for (int j = 0; j < d; j++) {
                var[c][j] = m2[c][j] / count[c] + epsilon;
                if (!(var[c][j] > 0) && count[c] > 0) {
                    throw new IllegalArgumentException("feature '" + features.get(j) + "' has zero variance within "
                            + "class '" + classes.get(c) + "' and var_smoothing " + varSmoothing + " adds nothing "
                            + "(every feature is constant, or var_smoothing is 0); drop constant features or raise "
                            + "var_smoothing");
                }
            }
        }
        logPrior = ClassPrior.log("priors", priors, true, count);
    }

    /** A model that has seen no rows yet, to be {@link #update}d. */
    static GaussianNbModel empty(List<String> classes, List<String> features, double varSmoothing, double[] priors) {
        int k = classes.size();
        int d = features.size();
        return new GaussianNbModel(classes, features, varSmoothing, priors, new double[k], new double[k][d],
                new double[k][d]);
    }

    /** This model with the rows of column-major {@code columns} (labels {@code codes}) merged in. */
    GaussianNbModel update(double[][] columns, int[] codes) {
        int k = classes.size();
        int d = features.size();
        double[] n = count.clone();
        double[][] mu = new double[k][];
        double[][] s = new double[k][];
        double[] batchCount = new double[k];
        for (int c : codes) {
            batchCount[c]++;
        }
        for (int c = 0; c < k; c++) {
            mu[c] = mean[c].clone();
            s[c] = m2[c].clone();
            if (batchCount[c] == 0) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                double[] col = columns[j];
                double bm = 0;
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i] == c) {
                        bm += col[i];
                    }
                }
                bm /= batchCount[c];
                double bs = 0;
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i] == c) {
                        double dev = col[i] - bm;
                        bs += dev * dev;
                    }
                }
                double na = count[c];
                double nb = batchCount[c];
                double delta = bm - mean[c][j];
                mu[c][j] = na == 0 ? bm : mean[c][j] + delta * nb / (na + nb);
                s[c][j] = na == 0 ? bs : m2[c][j] + bs + delta * delta * na * nb / (na + nb);
            }
            n[c] += batchCount[c];
        }
        return new GaussianNbModel(classes, features, varSmoothing, priors, n, mu, s);
    }

    @Override
    public GaussianNbModel partialFit(Frame x, Column y) {
        return update(QueryFeatures.matrix(x, features), Labels.codes(y, classes));
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    /** The smoothing added to every variance: var_smoothing times the largest pooled feature variance. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    public double[][] jointLogLikelihood(Frame x) {
        double[][] columns = QueryFeatures.matrix(x, features);
        int rows = x.rowCount();
        int k = classes.size();
        double[][] out = new double[rows][k];
        for (int c = 0; c < k; c++) {
            double constant = 0;
            for (int j = 0; j < features.size(); j++) {
                constant += Math.log(2 * Math.PI * var[c][j]);
            }
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int j = 0; j < features.size(); j++) {
                    double dev = columns[j][i] - mean[c][j];
                    s += dev * dev / var[c][j];
                }
                out[i][c] = logPrior[c] - 0.5 * constant - 0.5 * s;
            }
        }
        return out;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("classes", classes);
        out.put("features", features);
        out.put("var_smoothing", varSmoothing);
        out.put("given_priors", priors != null);
        if (priors != null) {
            out.doubles("priors", priors);
        }
        out.doubles("count", count);
        out.doubles("mean", Tables.flatten(mean));
        out.doubles("m2", Tables.flatten(m2));
    }

    /** Reads what {@link #save} wrote. */
    public static GaussianNbModel load(StepReader in) {
        List<String> classes = in.getStrings("classes");
        List<String> features = in.getStrings("features");
        int k = classes.size();
        int d = features.size();
        return new GaussianNbModel(classes, features, in.getDouble("var_smoothing"),
                in.getBoolean("given_priors") ? in.doubles("priors", k) : null, in.doubles("count", k),
                Tables.unflatten(in.doubles("mean", k * d), k), Tables.unflatten(in.doubles("m2", k * d), k));
    }
}
