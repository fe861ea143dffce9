package dev.lathe.prep.balance;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.Moments;
import dev.lathe.math.Quantiles;
import dev.lathe.model.Targets;
import dev.lathe.prep.Resampler.Resampled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The SMOTE family's shared work, as imbalanced-learn does it. For each class to grow: the k nearest
 * neighbours of each of its rows within the class; then, for each new row, a uniformly random (row,
 * neighbour) pair and a uniform random point on the segment between them for the numeric features, and for
 * each categorical feature the category most frequent among the row's k neighbours (ties at random).
 * With categorical features the distance adds, per differing category, the square of the median of the
 * class's numeric standard deviations (population, divisor n). The result is the original rows followed by
 * the new ones, class by class.
 */
final class Synthesis {

    private Synthesis() {
    }

    /**
     * Resamples {@code data}, whose columns the caller has checked to be numeric or categorical.
     *
     * @param step the resampler's name for messages
     */
    static Resampled oversample(String step, Frame data, Column target, int kNeighbors, double samplingStrategy,
            long seed) {
        Targets.Encoded classes = SamplingStrategy.classes(step, data, target);
        int[] counts = classes.counts();
        int[] wanted = SamplingStrategy.over(step, classes, samplingStrategy);
        int[][] members = classes.members();
        checkComplete(step, data);
        int added = Arrays.stream(wanted).sum() - data.rowCount();
        if (added == 0) {
            return new Resampled(data, target);
        }
        List<Column> columns = data.columns();
        double[][] newNumeric = new double[columns.size()][];
        int[][] newCodes = new int[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) instanceof NumericColumn) {
                newNumeric[c] = new double[added];
            } else {
                newCodes[c] = new int[added];
            }
        }
        int[] baseRows = new int[added];
        int at = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < counts.length; k++) {
            int extra = wanted[k] - counts[k];
            if (extra == 0) {
                continue;
            }
            if (counts[k] <= kNeighbors) {
                throw new IllegalArgumentException(step + ": class '" + classes.classes().get(k) + "' has " + counts[k]
                        + " rows, too few for k_neighbors = " + kNeighbors + " (it needs at least " + (kNeighbors + 1)
                        + "); lower k_neighbors");
            }
            ClassRows rows = new ClassRows(columns, members[k]);
            int[][] near = Neighbours.nearest(rows.numeric, rows.codes, rows.mismatchSquared(), counts[k], kNeighbors);
            for (int s = 0; s < extra; s++, at++) {
                int pick = random.nextInt(counts[k] * kNeighbors);
                int r = pick / kNeighbors;
                int m = near[r][pick % kNeighbors];
                double gap = random.nextDouble();
                for (int j = 0; j < rows.numeric.length; j++) {
                    double[] x = rows.numeric[j];
                    newNumeric[rows.numericColumn[j]][at] = x[r] + gap * (x[m] - x[r]);
                }
                for (int j = 0; j < rows.codes.length; j++) {
                    newCodes[rows.categoricalColumn[j]][at] = mostFrequent(rows.codes[j], near[r], rows.levels[j], random);
                }
                baseRows[at] = members[k][r];
            }
        }
        List<Column> synthetic = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            Column source = columns.get(c);
            synthetic.add(source instanceof CategoricalColumn cat
                    ? CategoricalColumn.wrap(source.name(), newCodes[c], cat.levels())
                    : NumericColumn.wrap(source.name(), newNumeric[c]));
        }
        Column newTarget = Frame.concat(List.of(Frame.of(target), Frame.of(target.take(baseRows)))).column(0);
        return new Resampled(Frame.concat(List.of(data, Frame.of(synthetic))), newTarget);
    }

    /** Fails on a missing or infinite value, naming the column and the row. */
    private static void checkComplete(String step, Frame data) {
        for (Column c : data.columns()) {
            for (int i = 0; i < c.size(); i++) {
                if (c.isMissing(i)) {
                    throw new IllegalArgumentException(step + ": feature column '" + c.name() + "' has a missing value in row "
                            + (i + 1) + "; impute it first or drop the rows");
                }
                if (c instanceof NumericColumn n && Double.isInfinite(n.get(i))) {
                    throw new IllegalArgumentException(step + ": feature column '" + c.name() + "' has an infinite value in row "
                            + (i + 1));
                }
            }
        }
    }

    /** The code most frequent among the given rows, ties broken at random. */
    private static int mostFrequent(int[] codes, int[] rows, int levels, SplittableRandom random) {
        int[] votes = new int[levels];
        int top = 0;
        for (int r : rows) {
            top = Math.max(top, ++votes[codes[r]]);
        }
        int ties = 0;
        for (int v : votes) {
            ties += v == top ? 1 : 0;
        }
        int chosen = ties == 1 ? 0 : random.nextInt(ties);
        for (int code = 0; code < levels; code++) {
            if (votes[code] == top && chosen-- == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no category among the neighbours");
    }

    /** One class's rows as column-major numeric values and category codes, with where each came from. */
    private static final class ClassRows {
        final double[][] numeric;
        final int[] numericColumn;
        final int[][] codes;
        final int[] categoricalColumn;
        final int[] levels;

        ClassRows(List<Column> columns, int[] rows) {
            int nNumeric = (int) columns.stream().filter(c -> c instanceof NumericColumn).count();
            numeric = new double[nNumeric][];
            numericColumn = new int[nNumeric];
            codes = new int[columns.size() - nNumeric][];
            categoricalColumn = new int[codes.length];
            levels = new int[codes.length];
            int j = 0;
            int q = 0;
            for (int c = 0; c < columns.size(); c++) {
                Column view = columns.get(c).take(rows);
                if (view instanceof NumericColumn n) {
                    numericColumn[j] = c;
                    numeric[j++] = n.toArray();
                } else {
                    CategoricalColumn cat = (CategoricalColumn) view;
                    categoricalColumn[q] = c;
                    levels[q] = cat.levels().size();
                    codes[q++] = cat.toCodes();
                }
            }
        }

        /** Squared median of the numeric features' population standard deviations; 0 without categories. */
        double mismatchSquared() {
            if (codes.length == 0) {
                return 0;
            }
            double[] sds = new double[numeric.length];
            for (int j = 0; j < sds.length; j++) {
                Moments m = Moments.of(numeric[j]);
                sds[j] = Math.sqrt(m.variance() * (m.count() - 1) / m.count());
            }
            Arrays.sort(sds);
            double median = Quantiles.ofSorted(sds, sds.length, 0.5);
            return median * median;
        }
    }
}
