package dev.lathe.model.svm;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A fitted C-SVC ({@link Svc}): one kernel decision function per pair of classes (one-vs-one, as LIBSVM).
 * The pairs are ordered (0, 1), (0, 2), ..., (1, 2), ... over {@link #classes()}; a positive value of pair
 * (i, j) votes for class i.
 *
 * @param features  feature names, in the order of the support vectors' values
 * @param classes   class labels, sorted as at fit time
 * @param vectors   the support vectors of all pairs, ordered by class, then by training row
 * @param pairs     one decision function per pair
 * @param sigmoids  Platt's sigmoid per pair ({@code P(first class | f)}); empty when fitted without
 *                  probability estimates
 * @param converged whether every pair's solver met its tolerance
 */
public record SvcModel(List<String> features, List<String> classes, SupportVectors vectors, List<Expansion> pairs,
                       List<PlattSigmoid> sigmoids, boolean converged) implements Classifier {

    /** Type name in model files. */
    public static final String TYPE = "svc";

    /** Probabilities are kept within [1e-7, 1 - 1e-7] per pair before coupling, as LIBSVM does. */
    private static final double MIN_PROBABILITY = 1e-7;

    public SvcModel {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
        pairs = List.copyOf(pairs);
        sigmoids = List.copyOf(sigmoids);
        int k = classes.size();
        if (pairs.size() != k * (k - 1) / 2 || !(sigmoids.isEmpty() || sigmoids.size() == pairs.size())) {
            throw new IllegalArgumentException(k + " classes need " + k * (k - 1) / 2 + " pairs and as many or no "
                    + "sigmoids, got " + pairs.size() + " and " + sigmoids.size());
        }
    }

    /**
     * The one-vs-one decision values, as scikit-learn's {@code decision_function} with
     * {@code decision_function_shape='ovo'}: {@code result[row][pair]}, positive for the pair's first class.
     */
    public double[][] pairwiseDecision(Frame x) {
        double[][] k = vectors.kernelValues(SvmInputs.queryRows(x, features));
        double[][] out = new double[k.length][pairs.size()];
        for (int q = 0; q < k.length; q++) {
            for (int c = 0; c < pairs.size(); c++) {
                out[q][c] = pairs.get(c).value(k[q]);
            }
        }
        return out;
    }

    /**
     * scikit-learn's {@code decision_function} (shape 'ovr'). Two classes: one column, positive for the second
     * class. More: one column per class, its one-vs-one votes plus the sum of its pairwise decision values
     * (signed for the class) squashed as {@code s / (3 (|s| + 1))} into (-1/3, 1/3), so that the votes
     * decide and the confidences break ties.
     */
    public double[][] decisionFunction(Frame x) {
        double[][] ovo = pairwiseDecision(x);
        int k = classes.size();
        double[][] out = new double[ovo.length][];
        for (int q = 0; q < ovo.length; q++) {
            if (k == 2) {
                out[q] = new double[] {-ovo[q][0]};
                continue;
            }
            double[] votes = new double[k];
            double[] sums = new double[k];
            int c = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++, c++) {
                    sums[i] += ovo[q][c];
                    sums[j] -= ovo[q][c];
                    votes[ovo[q][c] > 0 ? i : j]++;
                }
            }
            for (int i = 0; i < k; i++) {
                votes[i] += sums[i] / (3 * (Math.abs(sums[i]) + 1));
            }
            out[q] = votes;
        }
        return out;
    }

    /** The one-vs-one vote winner per row, as scikit-learn's {@code predict} (ties: the first class). */
    @Override
    public String[] predict(Frame x) {
        int[] winners = winners(pairwiseDecision(x));
        String[] out = new String[winners.length];
        for (int q = 0; q < out.length; q++) {
            out[q] = classes.get(winners[q]);
        }
        return out;
    }

    /**
     * With probability estimates: Platt's sigmoid per pair, coupled by Wu, Lin and Weng's second method.
     * Without: 1 for the vote winner and 0 for the others (not a probability; fit with {@code probability}
     * true for one).
     */
    @Override
    public double[][] predictProba(Frame x) {
        double[][] ovo = pairwiseDecision(x);
        int k = classes.size();
        double[][] out = new double[ovo.length][];
        if (sigmoids.isEmpty()) {
            int[] winners = winners(ovo);
            for (int q = 0; q < out.length; q++) {
                out[q] = new double[k];
                out[q][winners[q]] = 1;
            }
            return out;
        }
        for (int q = 0; q < ovo.length; q++) {
            double[][] r = new double[k][k];
            int c = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++, c++) {
                    double p = sigmoids.get(c).probability(ovo[q][c]);
                    r[i][j] = Math.min(Math.max(p, MIN_PROBABILITY), 1 - MIN_PROBABILITY);
                    r[j][i] = 1 - r[i][j];
                }
            }
            out[q] = PairwiseCoupling.probabilities(r);
        }
        return out;
    }

    private int[] winners(double[][] ovo) {
        int k = classes.size();
        int[] out = new int[ovo.length];
        for (int q = 0; q < ovo.length; q++) {
            int[] votes = new int[k];
            int c = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++, c++) {
                    votes[ovo[q][c] > 0 ? i : j]++;
                }
            }
            int best = 0;
            for (int i = 1; i < k; i++) {
                if (votes[i] > votes[best]) {
                    best = i;
                }
            }
            out[q] = best;
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
        vectors.save(out, features.size());
        Expansions.save(out, pairs);
        double[] a = new double[sigmoids.size()];
        double[] b = new double[sigmoids.size()];
        for (int c = 0; c < a.length; c++) {
            a[c] = sigmoids.get(c).a();
            b[c] = sigmoids.get(c).b();
        }
        out.doubles("prob_a", a);
        out.doubles("prob_b", b);
    }

    /** Reads what {@link #save} wrote. */
    public static SvcModel load(StepReader in) {
        List<String> features = in.getStrings("features");
        SupportVectors vectors = SupportVectors.load(in, features.size());
        double[] a = in.doubles("prob_a");
        double[] b = in.doubles("prob_b", a.length);
        List<PlattSigmoid> sigmoids = new ArrayList<>();
        for (int c = 0; c < a.length; c++) {
            sigmoids.add(new PlattSigmoid(a[c], b[c]));
        }
        try {
            return new SvcModel(features, in.getStrings("classes"), vectors, Expansions.load(in, vectors.count()),
                    sigmoids, in.getBoolean("converged"));
        } catch (IllegalArgumentException e) {
            throw in.fail(e.getMessage());
        }
    }
}
