package dev.lathe.model.semisupervised;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.Features;
import dev.lathe.model.Model;
import dev.lathe.model.SemiSupervised;
import dev.lathe.model.Task;
import dev.lathe.model.linear.LogisticRegression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Self-training (Yarowsky 1995), as scikit-learn's SelfTrainingClassifier: fit the base classifier on the
 * labelled rows, predict the unlabelled ones, adopt the confident predictions as labels, and repeat until
 * no row is added, every row is labelled, or {@code max_iter} rounds have run; then fit the base once more
 * on every labelled row. Rows whose target is missing are the unlabelled ones.
 *
 * @param base      any classifier with class probabilities (default logistic regression)
 * @param criterion {@code threshold} (default: adopt predictions whose top probability exceeds
 *                  {@code threshold}) or {@code k_best} (adopt the {@code k_best} most confident, ties to
 *                  the lower row)
 * @param threshold in [0, 1) (default 0.75)
 * @param kBest     at least 1 (default 10)
 * @param maxIter   most rounds, at least 0 (default 10)
 */
public record SelfTrainingClassifier(Estimator base, Criterion criterion, double threshold, int kBest, int maxIter)
        implements SemiSupervised {

    /** How confident predictions are chosen. */
    public enum Criterion { THRESHOLD, K_BEST }

    /** Checks the ranges. */
    public SelfTrainingClassifier {
        if (base == null || base.task() != Task.CLASSIFICATION) {
            throw new IllegalArgumentException("self-training needs a classifier as its base, got "
                    + (base == null ? "none" : base.getClass().getSimpleName()));
        }
        if (criterion == null) {
            throw new IllegalArgumentException("criterion must be threshold or k_best");
        }
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
        }
        if (kBest < 1 || maxIter < 0) {
            throw new IllegalArgumentException("k_best must be at least 1 and max_iter at least 0, got " + kBest
                    + " and " + maxIter);
        }
    }

    /** Logistic regression as the base, threshold 0.75, at most 10 rounds. */
    public SelfTrainingClassifier() {
        this(new LogisticRegression(), Criterion.THRESHOLD, 0.75, 10, 10);
    }

    /** {@code base} with threshold 0.75 and at most 10 rounds. */
    public SelfTrainingClassifier(Estimator base) {
        this(base, Criterion.THRESHOLD, 0.75, 10, 10);
    }

    @Override
    public SelfTrainingModel fit(Frame x, Column y) {
        Features.matrix(x);
        PartialLabels labels = PartialLabels.of(y);
        int n = x.rowCount();
        String[] label = new String[n];
        int[] labelledIn = new int[n];
        Arrays.fill(labelledIn, -1);
        for (int i = 0; i < n; i++) {
            if (labels.codes()[i] >= 0) {
                label[i] = labels.classes().get(labels.codes()[i]);
                labelledIn[i] = 0;
            }
        }
        List<Integer> added = new ArrayList<>();
        String termination = "max_iter";
        int round = 0;
        while (round < maxIter) {
            int[] unlabelled = rows(labelledIn, false);
            if (unlabelled.length == 0) {
                break;
            }
            round++;
            Classifier model = fitOn(x, y.name(), label, labelledIn);
            double[][] p = model.predictProba(x.take(unlabelled));
            int[] chosen = select(p);
            for (int r : chosen) {
                label[unlabelled[r]] = model.classes().get(argmax(p[r]));
                labelledIn[unlabelled[r]] = round;
            }
            added.add(chosen.length);
            if (chosen.length == 0) {
                termination = "no_change";
                break;
            }
        }
        if (rows(labelledIn, false).length == 0) {
            termination = "all_labeled";
        }
        Classifier last = fitOn(x, y.name(), label, labelledIn);
        return new SelfTrainingModel(last, labelledIn, added.stream().mapToInt(Integer::intValue).toArray(),
                termination);
    }

    private Classifier fitOn(Frame x, String name, String[] label, int[] labelledIn) {
        int[] rows = rows(labelledIn, true);
        String[] y = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            y[r] = label[rows[r]];
        }
        Model m = base.fit(x.take(rows), CategoricalColumn.of(name, y));
        if (!(m instanceof Classifier c)) {
            throw new IllegalArgumentException("self-training's base must fit a classifier with probabilities");
        }
        return c;
    }

    /** The most probable class; the first on ties. */
    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Indices into the unlabelled rows of the predictions to adopt. */
    private int[] select(double[][] p) {
        double[] top = new double[p.length];
        for (int r = 0; r < p.length; r++) {
            top[r] = p[r][argmax(p[r])];
        }
        if (criterion == Criterion.THRESHOLD) {
            return IntStream.range(0, p.length).filter(r -> top[r] > threshold).toArray();
        }
        if (kBest >= p.length) {
            return IntStream.range(0, p.length).toArray();
        }
        return IntStream.range(0, p.length).boxed()
                .sorted((a, b) -> top[a] != top[b] ? Double.compare(top[b], top[a]) : Integer.compare(a, b))
                .limit(kBest).mapToInt(Integer::intValue).sorted().toArray();
    }

    private static int[] rows(int[] labelledIn, boolean labelled) {
        return IntStream.range(0, labelledIn.length)
                .filter(i -> (labelledIn[i] >= 0) == labelled).toArray();
    }

    @Override
    public Task task() {
        return Task.CLASSIFICATION;
    }
}
