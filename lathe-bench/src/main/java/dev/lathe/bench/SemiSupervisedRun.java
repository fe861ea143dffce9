package dev.lathe.bench;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.math.Shuffle;
import dev.lathe.model.Classifier;
import dev.lathe.model.Estimator;
import dev.lathe.model.Targets;
import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.semisupervised.GraphKernel;
import dev.lathe.model.semisupervised.LabelPropagation;
import dev.lathe.model.semisupervised.LabelSpreading;
import dev.lathe.model.semisupervised.SelfTrainingClassifier;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.TrainTestSplit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Semi-supervised accuracy benchmark on bundled data sets (wine, breast_cancer): per seed, a stratified 30%
 * test split; of the training rows only 5%, 10% or 20% keep their label (stratified, at least one per class);
 * features standardised on the training rows (no labels involved). Compared on the test rows: logistic
 * regression on the labelled rows alone (the supervised baseline) against self-training around the same
 * logistic regression, label spreading (kNN, 7 neighbours) and label propagation (RBF, gamma = SCALE / features)
 * using every training row. Prints a Markdown table of mean and standard deviation of the test accuracy.
 *
 * <p>Usage: {@code java -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.SemiSupervisedRun [SEEDS [SCALE]]}
 */
public final class SemiSupervisedRun {

    private SemiSupervisedRun() {
    }

    /** Runs the benchmark; arguments: number of seeds (default 20), RBF gamma times the features (default 1). */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        System.out.println("| data | labelled | supervised (labelled rows only) | self-training | label spreading (knn) "
                + "| label propagation (rbf) |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : List.of("wine", "breast_cancer")) {
            Frame data = Datasets.load(name);
            String target = Datasets.target(name);
            int features = data.columnCount() - 1;
            for (double share : new double[] {0.05, 0.10, 0.20}) {
                Map<String, double[]> accuracy = new LinkedHashMap<>();
                int labelled = 0;
                for (int s = 0; s < seeds; s++) {
                    Fold fold = TrainTestSplit.stratified(0.3, s).fold(data, data.column(target));
                    Frame train = data.take(fold.train());
                    Frame test = data.take(fold.test());
                    StandardScaler.Fitted scaler = (StandardScaler.Fitted) new StandardScaler()
                            .fit(train.drop(target), null);
                    Frame xTrain = scaler.transform(train.drop(target));
                    Frame xTest = scaler.transform(test.drop(target));
                    Column y = train.column(target);
                    int[] kept = keep(Targets.labels(y), share, s);
                    labelled = kept.length;
                    Column partial = hide(y, kept);
                    String[] truth = labels(test.column(target));
                    record(accuracy, "supervised", s, seeds, new LogisticRegression().fit(xTrain.take(kept),
                            y.take(kept)), xTest, truth);
                    record(accuracy, "self_training", s, seeds, fit(new SelfTrainingClassifier(),
                            xTrain, partial), xTest, truth);
                    record(accuracy, "spreading", s, seeds, fit(new LabelSpreading(GraphKernel.KNN, 20, 7, 0.2, 30,
                            1e-3), xTrain, partial), xTest, truth);
                    record(accuracy, "propagation", s, seeds, fit(new LabelPropagation(GraphKernel.RBF,
                            scale / features, 7, 1000, 1e-3), xTrain, partial), xTest, truth);
                }
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.0f%% (%d rows) |", name,
                        share * 100, labelled));
                for (double[] a : accuracy.values()) {
                    row.append(String.format(Locale.ROOT, " %.3f ± %.3f |", mean(a), sd(a)));
                }
                System.out.println(row);
            }
        }
    }

    private static Classifier fit(Estimator e, Frame x, Column y) {
        return (Classifier) e.fit(x, y);
    }

    private static void record(Map<String, double[]> accuracy, String key, int seed, int seeds, dev.lathe.model.Model m,
                               Frame x, String[] truth) {
        String[] predicted = ((Classifier) m).predict(x);
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            right += predicted[i].equals(truth[i]) ? 1 : 0;
        }
        accuracy.computeIfAbsent(key, k -> new double[seeds])[seed] = (double) right / truth.length;
    }

    /** Rows that keep their label: a share of each class (at least one), chosen at random. */
    private static int[] keep(Targets.Encoded labels, double share, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> kept = new ArrayList<>();
        for (int[] members : labels.members()) {
            int[] m = members.clone();
            Shuffle.inPlace(m, random);
            int k = Math.max(1, (int) Math.round(share * m.length));
            for (int i = 0; i < k; i++) {
                kept.add(m[i]);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** {@code y} with every label outside {@code kept} missing (unlabelled). */
    private static Column hide(Column y, int[] kept) {
        String[] v = new String[y.size()];
        for (int i : kept) {
            v[i] = y.format(i);
        }
        return CategoricalColumn.of(y.name(), v);
    }

    private static String[] labels(Column y) {
        String[] out = new String[y.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = y.format(i);
        }
        return out;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    private static double sd(double[] a) {
        double m = mean(a);
        double s = 0;
        for (double v : a) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (a.length - 1));
    }
}
