package dev.lathe.prep.encode;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Transformer;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.KFold;
import java.util.ArrayList;
import java.util.List;

/**
 * Target encoding with smoothing and out-of-fold fitting. Each label becomes the m-estimate of the target
 * mean of its training rows, {@code (n * level_mean + m * global_mean) / (n + m)} with {@code m =
 * smoothing}: for a continuous target its values, for a binary target the indicator of the positive class
 * (the second of the sorted class labels), for a multi-class target one indicator per class, each giving
 * one output column {@code <column>_<class>}. Continuous and binary targets replace the column in place by
 * one numeric column of the same name. A missing value is a level of its own; a label unseen in training
 * gives the global mean.
 *
 * <p>{@link #fitTransform} encodes each training row with statistics of the other folds only (k-fold,
 * seeded), so that no row's own target leaks into its training encoding; {@link Fitted#transform} of new
 * data uses the encoding learned on all training rows. The folds are plain (not stratified) k folds.
 *
 * @param columns    columns to encode, categorical or text (default: every categorical column)
 * @param targetType {@code auto} (default: continuous for a numeric target, else binary for two classes
 *                   and multiclass for more), {@code continuous}, {@code binary} or {@code multiclass}
 * @param smoothing  weight m of the global mean, in [0, inf) (default 1); 0 gives the plain level mean
 * @param cv         number of folds of the out-of-fold fit, at least 2 (default 5)
 * @param shuffle    shuffle rows before cutting them into folds (default true)
 * @param seed       seed of the shuffle (default 0)
 */
public record TargetEncoder(ColumnSelector columns, TargetType targetType, double smoothing, int cv,
                            boolean shuffle, long seed) implements Transformer {

    /** How the target is read. */
    public enum TargetType {
        /** Continuous when the target is numeric, else binary for two classes and multiclass for more. */
        AUTO,
        /** Numeric values, averaged. */
        CONTINUOUS,
        /** Two classes; the rate of the second sorted label is averaged. */
        BINARY,
        /** One rate per class, one output column each. */
        MULTICLASS
    }

    public TargetEncoder {
        Inputs.given("columns", columns);
        Inputs.given("target_type", targetType);
        Check.nonNegative("smoothing", smoothing);
        Check.atLeast("cv", cv, 2);
    }

    /** Encodes every categorical column with smoothing 1 and 5 shuffled folds, seed 0. */
    public TargetEncoder() {
        this(ColumnSelector.types(ColumnType.CATEGORICAL), TargetType.AUTO, 1, 5, true, 0);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        return learn(data, target).fitted();
    }

    /** The fitted encoder and the training rows encoded out of fold. */
    @Override
    public FitResult fitTransform(Frame data, Column target) {
        Learned learned = learn(data, target);
        if (data.rowCount() < cv) {
            throw new IllegalArgumentException(Fitted.TYPE + " needs at least cv = " + cv
                    + " rows for its out-of-fold fit, got " + data.rowCount());
        }
        EncodedTarget y = learned.target();
        List<Fold> folds = new KFold(cv, shuffle, seed).split(data, target);
        Frame out = data;
        for (int j = 0; j < learned.coded().size(); j++) {
            Labels.Coded coded = learned.coded().get(j);
            double[][] encoded = new double[y.width()][data.rowCount()];
            for (Fold fold : folds) {
                double[] values = estimate(coded, y, fold.train(), new double[y.width()]);
                for (int i : fold.test()) {
                    int slot = coded.codes()[i] == Labels.MISSING ? coded.levels().size() : coded.codes()[i];
                    for (int k = 0; k < y.width(); k++) {
                        encoded[k][i] = values[slot * y.width() + k];
                    }
                }
            }
            String name = learned.fitted().tables().get(j).name();
            out = LevelTable.place(out, name, encoded, y.suffixes(), Fitted.TYPE);
        }
        return new FitResult(learned.fitted(), out);
    }

    /** What a fit on all training rows learned, with the coded labels and target the out-of-fold fit reuses. */
    private record Learned(Fitted fitted, List<Labels.Coded> coded, EncodedTarget target) {
    }

    private Learned learn(Frame data, Column target) {
        Inputs.requireRows(data, Fitted.TYPE);
        EncodedTarget y = EncodedTarget.of(target, targetType, data.rowCount(), Fitted.TYPE);
        int[] all = new int[data.rowCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<Labels.Coded> codedColumns = new ArrayList<>();
        List<LevelTable> tables = new ArrayList<>();
        for (String name : columns.select(data)) {
            Labels.Coded coded = Labels.sorted(data, name, Fitted.TYPE);
            double[] global = new double[y.width()];
            double[] values = estimate(coded, y, all, global);
            codedColumns.add(coded);
            tables.add(new LevelTable(name, coded.levels(), values, global));
        }
        return new Learned(new Fitted(tables, y.suffixes()), codedColumns, y);
    }

    /**
     * The m-estimates of every level (and of missing, in the last row) from {@code rows}, in the layout of
     * {@link LevelTable#values()}; a level without rows gets the global mean. Fills {@code global} with the
     * global means of {@code rows}.
     */
    private double[] estimate(Labels.Coded coded, EncodedTarget y, int[] rows, double[] global) {
        int width = y.width();
        int slots = coded.levels().size() + 1;
        double[] sums = new double[slots * width];
        int[] counts = new int[slots];
        for (int i : rows) {
            int slot = coded.codes()[i] == Labels.MISSING ? slots - 1 : coded.codes()[i];
            counts[slot]++;
            for (int k = 0; k < width; k++) {
                sums[slot * width + k] += y.values()[k][i];
                global[k] += y.values()[k][i];
            }
        }
        for (int k = 0; k < width; k++) {
            global[k] /= rows.length;
        }
        double[] values = new double[slots * width];
        for (int s = 0; s < slots; s++) {
            for (int k = 0; k < width; k++) {
                values[s * width + k] = counts[s] == 0 ? global[k]
                        : (sums[s * width + k] + smoothing * global[k]) / (counts[s] + smoothing);
            }
        }
        return values;
    }

    /**
     * The encoding learned on all training rows.
     *
     * @param tables  one table per encoded column, with the global means as the values of unseen labels
     * @param outputs output column suffixes (the classes of a multi-class target), or empty when each
     *                column is replaced by one column of the same name
     */
    public record Fitted(List<LevelTable> tables, List<String> outputs) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "target_encoder";

        public Fitted {
            tables = List.copyOf(tables);
            outputs = List.copyOf(outputs);
            int width = Math.max(outputs.size(), 1);
            for (LevelTable t : tables) {
                if (t.width() != width) {
                    throw new IllegalArgumentException("column '" + t.name() + "' has " + t.width()
                            + " values per level, expected " + width);
                }
            }
        }

        @Override
        public Frame transform(Frame data) {
            Frame out = data;
            for (LevelTable t : tables) {
                out = t.replace(out, outputs, TYPE);
            }
            return out;
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("outputs", outputs);
            LevelTable.saveAll(out, tables);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> outputs = in.getStrings("outputs");
            return new Fitted(LevelTable.loadAll(in, Math.max(outputs.size(), 1)), outputs);
        }
    }
}
