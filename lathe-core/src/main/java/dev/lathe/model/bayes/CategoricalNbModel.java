package dev.lathe.model.bayes;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.QueryFeatures;
import dev.lathe.model.Targets;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted {@link CategoricalNB}: per feature, class and category the row count. Partial fits add counts
 * (new, higher codes widen a feature's categories), so batches give the model one fit on all rows gives.
 */
public final class CategoricalNbModel implements NaiveBayes {

    /** Type name in model files. */
    public static final String TYPE = "categorical_nb";

    private final CategoricalNB settings;
    private final List<String> classes;
    private final List<String> features;
    private final double[] classCount;
    private final double[][][] counts;
    private final double[][][] logProb;
    private final double[] classLogPrior;

    private CategoricalNbModel(CategoricalNB settings, List<String> classes, List<String> features,
                               double[] classCount, double[][][] counts) {
        this.settings = settings;
        this.classes = List.copyOf(classes);
        this.features = List.copyOf(features);
        this.classCount = classCount;
        this.counts = counts;
        int k = classes.size();
        if (classCount.length != k || counts.length != features.size()) {
            throw new IllegalArgumentException("counts do not match " + k + " classes and " + features.size()
                    + " features");
        }
        double a = Math.max(settings.alpha(), 1e-10);
        logProb = new double[counts.length][k][];
        for (int j = 0; j < counts.length; j++) {
            for (int c = 0; c < k; c++) {
                double[] n = counts[j][c];
                double total = 0;
                for (double v : n) {
                    total += v + a;
                }
                logProb[j][c] = new double[n.length];
                for (int v = 0; v < n.length; v++) {
                    logProb[j][c][v] = Math.log(n[v] + a) - Math.log(total);
                }
            }
        }
        classLogPrior = ClassPrior.log("class_prior", ClassPrior.given("class_prior", settings.classPrior()),
                settings.fitPrior(), classCount);
    }

    /** {@code settings} fitted to category codes {@code x} and labels {@code y}. */
    static CategoricalNbModel fit(CategoricalNB settings, Frame x, Column y) {
        double[][] columns = Features.matrix(x);
        Targets.Encoded t = Targets.classes(y);
        int k = t.classes().size();
        double[][][] empty = new double[x.columnCount()][k][0];
        return new CategoricalNbModel(settings, t.classes(), x.names(), new double[k], empty)
                .update(columns, t.codes());
    }

    private CategoricalNbModel update(double[][] columns, int[] codes) {
        int k = classes.size();
        double[] cc = classCount.clone();
        for (int c : codes) {
            cc[c]++;
        }
        double[][][] n = new double[columns.length][k][];
        for (int j = 0; j < columns.length; j++) {
            int width = counts[j][0].length;
            for (int i = 0; i < codes.length; i++) {
                width = Math.max(width, code(j, columns[j][i], i) + 1);
            }
            for (int c = 0; c < k; c++) {
                n[j][c] = Arrays.copyOf(counts[j][c], width);
            }
            for (int i = 0; i < codes.length; i++) {
                n[j][codes[i]][(int) columns[j][i]]++;
            }
        }
        return new CategoricalNbModel(settings, classes, features, cc, n);
    }

    /** The category code in feature {@code j}'s value at row {@code i}; fails unless a whole number at least 0. */
    private int code(int j, double v, int i) {
        if (!(v >= 0) || v != Math.rint(v) || v > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("feature column '" + features.get(j) + "' has the value " + v + " in row "
                    + (i + 1) + "; categorical naive Bayes needs category codes 0, 1, 2, ... (ordinal-encode it)");
        }
        return (int) v;
    }

    @Override
    public CategoricalNbModel partialFit(Frame x, Column y) {
        return update(QueryFeatures.matrix(x, features), Labels.codes(y, classes));
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    /** Number of categories of each feature (largest code seen in training + 1). */
    public int[] categoryCounts() {
        return Arrays.stream(counts).mapToInt(f -> f[0].length).toArray();
    }

    @Override
    public double[][] jointLogLikelihood(Frame x) {
        double[][] columns = QueryFeatures.matrix(x, features);
        int rows = x.rowCount();
        int k = classes.size();
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = classLogPrior.clone();
        }
        for (int j = 0; j < columns.length; j++) {
            int width = counts[j][0].length;
            for (int i = 0; i < rows; i++) {
                int v = code(j, columns[j][i], i);
                if (v >= width) {
                    throw new IllegalArgumentException("feature column '" + features.get(j) + "' has category " + v
                            + " in row " + (i + 1) + ", unseen in training (codes 0 to " + (width - 1) + ")");
                }
                for (int c = 0; c < k; c++) {
                    out[i][c] += logProb[j][c][v];
                }
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
        out.put("alpha", settings.alpha());
        out.put("fit_prior", settings.fitPrior());
        out.put("class_prior", settings.classPrior());
        out.ints("categories", categoryCounts());
        out.doubles("class_count", classCount);
        for (int j = 0; j < counts.length; j++) {
            out.doubles("counts" + j, Tables.flatten(counts[j]));
        }
    }

    /** Reads what {@link #save} wrote. */
    public static CategoricalNbModel load(StepReader in) {
        List<String> classes = in.getStrings("classes");
        List<String> features = in.getStrings("features");
        int k = classes.size();
        List<Double> prior = null;
        if (in.has("class_prior")) {
            prior = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode v : in.get("class_prior")) {
                prior.add(v.asDouble());
            }
        }
        CategoricalNB settings = new CategoricalNB(in.getDouble("alpha"), in.getBoolean("fit_prior"), prior);
        int[] widths = in.ints("categories");
        if (widths.length != features.size()) {
            throw in.fail("has " + widths.length + " category counts for " + features.size() + " features");
        }
        double[][][] counts = new double[features.size()][][];
        for (int j = 0; j < counts.length; j++) {
            counts[j] = Tables.unflatten(in.doubles("counts" + j, k * widths[j]), k);
        }
        return new CategoricalNbModel(settings, classes, features, in.doubles("class_count", k), counts);
    }
}
