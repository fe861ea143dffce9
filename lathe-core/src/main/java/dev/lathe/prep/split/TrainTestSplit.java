package dev.lathe.prep.split;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.Targets;
import dev.lathe.math.Shuffle;
import dev.lathe.param.Check;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * One division of rows into a training and a test set by a fraction, in one of four modes:
 * <ul>
 *   <li>{@code random}: a seeded random ceil(test_size * n) rows are the test set (scikit-learn's
 *       {@code train_test_split});</li>
 *   <li>{@code stratified}: as random, but every class of the target gets its share of the test rows, within
 *       one row of test_size * count(class) (largest remainders, ties broken at random);</li>
 *   <li>{@code grouped}: a seeded random ceil(test_size * groups) of the groups of {@code group_column} are
 *       the test set, whole (scikit-learn's {@code GroupShuffleSplit}: the fraction counts groups, not rows);</li>
 *   <li>{@code time}: the latest ceil(test_size * n) rows, by row order or by {@code time_column}, are the test
 *       set, and the training set is every earlier row but the {@code gap} rows just before the test set.</li>
 * </ul>
 * Both sets are returned as ascending row numbers, so {@link #frames} keeps the data's row order.
 *
 * @param testSize    fraction of rows (of groups in grouped mode) for the test set, in (0, 1) (default 0.25)
 * @param mode        how rows are chosen (default random)
 * @param groupColumn column holding each row's group; required in grouped mode, not allowed otherwise
 * @param timeColumn  timestamp or numeric column ordering the rows in time mode; null (default) means row
 *                    order; not allowed in other modes
 * @param gap         rows left out between training and test set in time mode, at least 0 (default 0; must
 *                    be 0 in other modes)
 * @param seed        random seed for the random, stratified and grouped modes (default 0)
 */
public record TrainTestSplit(double testSize, Mode mode, String groupColumn, String timeColumn, int gap, long seed)
        implements Splitter {

    /** How the test rows are chosen. */
    public enum Mode {
        /** Rows at random. */
        RANDOM,
        /** Rows at random within each class of the target. */
        STRATIFIED,
        /** Whole groups at random. */
        GROUPED,
        /** The latest rows. */
        TIME
    }

    /** Validates the hyperparameters and that each column parameter fits the mode. */
    public TrainTestSplit {
        if (!(testSize > 0 && testSize < 1)) {
            throw new IllegalArgumentException("test_size must be a fraction strictly between 0 and 1, got " + testSize);
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode is required: random, stratified, grouped or time");
        }
        Check.atLeast("gap", gap, 0);
        if (mode == Mode.GROUPED && (groupColumn == null || groupColumn.isBlank())) {
            throw new IllegalArgumentException("mode grouped needs group_column: the name of the column holding each row's group");
        }
        if (mode != Mode.GROUPED && groupColumn != null) {
            throw new IllegalArgumentException("group_column applies to mode grouped only, the mode is " + label(mode));
        }
        if (mode != Mode.TIME && timeColumn != null) {
            throw new IllegalArgumentException("time_column applies to mode time only, the mode is " + label(mode));
        }
        if (mode != Mode.TIME && gap != 0) {
            throw new IllegalArgumentException("gap applies to mode time only, the mode is " + label(mode));
        }
    }

    /** A random split with the given test fraction and seed. */
    public TrainTestSplit(double testSize, long seed) {
        this(testSize, Mode.RANDOM, null, null, 0, seed);
    }

    /** A random split of 25% test rows with seed 0. */
    public TrainTestSplit() {
        this(0.25, 0);
    }

    /** A stratified split: every class of the target in proportion on both sides. */
    public static TrainTestSplit stratified(double testSize, long seed) {
        return new TrainTestSplit(testSize, Mode.STRATIFIED, null, null, 0, seed);
    }

    /** A grouped split: the groups of {@code groupColumn} whole on one side. */
    public static TrainTestSplit grouped(double testSize, String groupColumn, long seed) {
        return new TrainTestSplit(testSize, Mode.GROUPED, groupColumn, null, 0, seed);
    }

    /**
     * A time-ordered split: the latest rows are the test set.
     *
     * @param timeColumn the column ordering the rows, or null for row order
     */
    public static TrainTestSplit time(double testSize, String timeColumn, int gap) {
        return new TrainTestSplit(testSize, Mode.TIME, null, timeColumn, gap, 0);
    }

    /** The training and test frames, each with every column of the data. */
    public record Parts(Frame train, Frame test) {
    }

    /**
     * The training and test rows of {@code data} as frames (views, in the data's row order).
     *
     * @param target name of the target column; needed in stratified mode, may be null otherwise
     */
    public Parts frames(Frame data, String target) {
        Fold f = fold(data, target == null ? null : data.column(target));
        return new Parts(data.take(f.train()), data.take(f.test()));
    }

    /** The single fold of this split as a list, so that it serves wherever a {@link Splitter} does. */
    @Override
    public List<Fold> split(Frame data, Column target) {
        return List.of(fold(data, target));
    }

    /**
     * The training and test rows of {@code data}. Fails when either side would be empty, and per mode as
     * described on the class.
     *
     * @param target the target; needed in stratified mode, may be null otherwise
     */
    public Fold fold(Frame data, Column target) {
        int n = data.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("train_test_split: no rows to split");
        }
        SplittableRandom random = new SplittableRandom(seed);
        return switch (mode) {
            case RANDOM -> random(n, random);
            case STRATIFIED -> stratified(data, target, random);
            case GROUPED -> grouped(data, random);
            case TIME -> time(data);
        };
    }

    private Fold random(int n, SplittableRandom random) {
        int nTest = testCount(n, "rows");
        int[] order = Rows.identity(n);
        Shuffle.inPlace(order, random);
        return Rows.sorted(Arrays.copyOfRange(order, nTest, n), Arrays.copyOfRange(order, 0, nTest));
    }

    private Fold stratified(Frame data, Column target, SplittableRandom random) {
        int n = data.rowCount();
        Targets.Encoded classes = Strata.of("train_test_split", data, target, 2, "to have rows on both sides");
        int[][] members = classes.members();
        int[] share = shares(classes.counts(), testCount(n, "rows"), n, random);
        int[] test = new int[Arrays.stream(share).sum()];
        int[] train = new int[n - test.length];
        int t = 0;
        int r = 0;
        for (int k = 0; k < members.length; k++) {
            int[] rows = members[k].clone();
            Shuffle.inPlace(rows, random);
            for (int p = 0; p < rows.length; p++) {
                if (p < share[k]) {
                    test[t++] = rows[p];
                } else {
                    train[r++] = rows[p];
                }
            }
        }
        return Rows.sorted(train, test);
    }

    /**
     * Test rows per class: the floor of each class's exact share nTest * count / n, and one more for the
     * classes with the largest remainders until nTest rows are given out (equal remainders in random order).
     */
    private static int[] shares(int[] counts, int nTest, int n, SplittableRandom random) {
        int[] share = new int[counts.length];
        double[] remainder = new double[counts.length];
        int given = 0;
        for (int k = 0; k < counts.length; k++) {
            double exact = (double) nTest * counts[k] / n;
            share[k] = (int) Math.floor(exact);
            remainder[k] = exact - share[k];
            given += share[k];
        }
        int[] order = Rows.identity(counts.length);
        Shuffle.inPlace(order, random);
        Integer[] byRemainder = Arrays.stream(order).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int i = 0; given < nTest; i++, given++) {
            share[byRemainder[i]]++;
        }
        return share;
    }

    private Fold grouped(Frame data, SplittableRandom random) {
        Targets.Encoded groups = Groups.of("train_test_split", data, groupColumn);
        int nGroups = groups.classes().size();
        if (nGroups < 2) {
            throw new IllegalArgumentException("train_test_split: mode grouped needs at least 2 groups in column '"
                    + groupColumn + "', found " + nGroups);
        }
        int nTest = testCount(nGroups, "groups");
        int[] order = Rows.identity(nGroups);
        Shuffle.inPlace(order, random);
        boolean[] isTest = new boolean[nGroups];
        for (int p = 0; p < nTest; p++) {
            isTest[order[p]] = true;
        }
        int[] codes = groups.codes();
        int n = codes.length;
        int[] test = IntStream.range(0, n).filter(i -> isTest[codes[i]]).toArray();
        int[] train = IntStream.range(0, n).filter(i -> !isTest[codes[i]]).toArray();
        return new Fold(train, test);
    }

    private Fold time(Frame data) {
        int n = data.rowCount();
        int nTest = testCount(n, "rows");
        int nTrain = n - nTest - gap;
        if (nTrain < 1) {
            throw new IllegalArgumentException("train_test_split: " + n + " rows less " + nTest
                    + " test rows (test_size = " + testSize + ") and gap = " + gap + " leave no training rows");
        }
        int[] order = TimeOrder.of("train_test_split", data, timeColumn);
        return Rows.sorted(Arrays.copyOfRange(order, 0, nTrain), Arrays.copyOfRange(order, n - nTest, n));
    }

    /** ceil(test_size * count), checked to leave at least one unit (row or group) for training. */
    private int testCount(int count, String units) {
        int nTest = (int) Math.ceil(testSize * count);
        if (nTest >= count) {
            throw new IllegalArgumentException("train_test_split: test_size = " + testSize + " of " + count + " "
                    + units + " leaves no " + units + " for training");
        }
        return nTest;
    }

    private static String label(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
