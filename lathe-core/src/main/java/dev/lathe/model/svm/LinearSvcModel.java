package dev.lathe.model.svm;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted linear SVM ({@link LinearSvc}).
 *
 * @param features     feature names, in coefficient order
 * @param classes      class labels, sorted as at fit time
 * @param coefficients one row for two classes (positive for the second), else one row per class
 * @param intercepts   one per row of coefficients
 * @param converged    whether every problem met its tolerance
 */
public record LinearSvcModel(List<String> features, List<String> classes, double[][] coefficients,
                             double[] intercepts, boolean converged) implements Classifier {

    /** Type name in model files. */
    public static final String TYPE = "linear_svc";

    public LinearSvcModel {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
        coefficients = Arrays.stream(coefficients).map(double[]::clone).toArray(double[][]::new);
        intercepts = intercepts.clone();
        int expected = classes.size() == 2 ? 1 : classes.size();
        if (coefficients.length != expected || intercepts.length != expected) {
            throw new IllegalArgumentException(classes.size() + " classes need " + expected + " rows of coefficients,"
                    + " got " + coefficients.length + " and " + intercepts.length + " intercepts");
        }
        for (double[] row : coefficients) {
            if (row.length != features.size()) {
                throw new IllegalArgumentException(features.size() + " features but a row of " + row.length
                        + " coefficients");
            }
        }
    }

    /** The coefficients (a copy): {@code result[row][feature]}. */
    @Override
    public double[][] coefficients() {
        return Arrays.stream(coefficients).map(double[]::clone).toArray(double[][]::new);
    }

    /** The intercepts (a copy). */
    @Override
    public double[] intercepts() {
        return intercepts.clone();
    }

    /** scikit-learn's {@code decision_function}: {@code result[row][output]}, one output per coefficient row. */
    public double[][] decisionFunction(Frame x) {
        double[][] columns = SvmInputs.queryColumns(x, features);
        int n = x.rowCount();
        double[][] out = new double[n][intercepts.length];
        for (int k = 0; k < intercepts.length; k++) {
            for (int i = 0; i < n; i++) {
                double v = intercepts[k];
                for (int j = 0; j < columns.length; j++) {
                    v += coefficients[k][j] * columns[j][i];
                }
                out[i][k] = v;
            }
        }
        return out;
    }

    /** The class of the largest decision value (two classes: the second when positive). */
    @Override
    public String[] predict(Frame x) {
        int[] winners = winners(decisionFunction(x));
        String[] out = new String[winners.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classes.get(winners[i]);
        }
        return out;
    }

    /** A linear SVM gives no probabilities: 1 for the predicted class, 0 for the others. */
    @Override
    public double[][] predictProba(Frame x) {
        int[] winners = winners(decisionFunction(x));
        double[][] out = new double[winners.length][classes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i][winners[i]] = 1;
        }
        return out;
    }

    private static int[] winners(double[][] decision) {
        int[] out = new int[decision.length];
        for (int i = 0; i < decision.length; i++) {
            if (decision[i].length == 1) {
                out[i] = decision[i][0] > 0 ? 1 : 0;
                continue;
            }
            int best = 0;
            for (int k = 1; k < decision[i].length; k++) {
                if (decision[i][k] > decision[i][best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("features", features);
        out.put("classes", classes);
        out.put("converged", converged);
        double[] flat = new double[coefficients.length * features.size()];
        for (int k = 0; k < coefficients.length; k++) {
            System.arraycopy(coefficients[k], 0, flat, k * features.size(), features.size());
        }
        out.doubles("coefficients", flat);
        out.doubles("intercepts", intercepts);
    }

    /** Reads what {@link #save} wrote. */
    public static LinearSvcModel load(StepReader in) {
        List<String> features = in.getStrings("features");
        double[] intercepts = in.doubles("intercepts");
        double[] flat = in.doubles("coefficients", intercepts.length * features.size());
        double[][] coefficients = new double[intercepts.length][];
        for (int k = 0; k < coefficients.length; k++) {
            coefficients[k] = Arrays.copyOfRange(flat, k * features.size(), (k + 1) * features.size());
        }
        try {
            return new LinearSvcModel(features, in.getStrings("classes"), coefficients, intercepts,
                    in.getBoolean("converged"));
        } catch (IllegalArgumentException e) {
            throw in.fail(e.getMessage());
        }
    }
}
