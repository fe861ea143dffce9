package dev.lathe.prep.impute;

import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.math.Moments;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import dev.lathe.prep.ColumnChecks;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.NumericColumns;
import dev.lathe.prep.Transformer;
import java.util.List;

/**
 * k-nearest-neighbour imputation, as scikit-learn's KNNImputer: a missing value is the average of that
 * column over the {@code n_neighbors} nearest TRAINING rows that have a value there. Distances are
 * nan-euclidean over the selected columns: the euclidean distance over the coordinates both rows have,
 * scaled up by (number of columns / number of shared coordinates). A row that shares no coordinate with any
 * such training row gets the column's training mean. Donors at equal distance are taken in training-row
 * order; training rows at an undefined distance come last (and, as in scikit-learn, still count in a
 * uniform average when fewer than {@code n_neighbors} donors have a defined distance). The fitted step
 * keeps the training rows of the selected columns.
 *
 * @param columns      columns used for distances and filled (default: every numeric column)
 * @param nNeighbors   number of donors per missing value (default 5; at least 1; fewer when fewer training
 *                     rows have the value)
 * @param weights      {@code uniform} (default): plain average; {@code distance}: weights 1 / distance, and
 *                     donors at distance 0, if any, alone
 * @param addIndicator also append a 0/1 column {@code <col>_missing} for each column that had missing values
 *                     in training (default false); see {@link MissingIndicator}
 */
public record KnnImputer(ColumnSelector columns, int nNeighbors, Weights weights, boolean addIndicator)
        implements Transformer {

    /** How the donors' values are averaged. */
    public enum Weights { UNIFORM, DISTANCE }

    public KnnImputer {
        if (columns == null) {
            throw new IllegalArgumentException("columns must be given");
        }
        Check.atLeast("n_neighbors", nNeighbors, 1);
        if (weights == null) {
            throw new IllegalArgumentException("weights must be uniform or distance");
        }
    }

    /** Five neighbours, uniform weights, over every numeric column. */
    public KnnImputer() {
        this(5, Weights.UNIFORM);
    }

    /** {@code nNeighbors} neighbours weighted by {@code weights}, over every numeric column, without indicators. */
    public KnnImputer(int nNeighbors, Weights weights) {
        this(ColumnSelector.types(ColumnType.NUMERIC), nNeighbors, weights, false);
    }

    @Override
    public Fitted fit(Frame data, Column target) {
        ColumnChecks.requireRows(data, Fitted.TYPE);
        List<String> names = columns.select(data);
        double[][] training = new double[names.size()][];
        double[] means = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
            training[j] = NumericColumns.values(data, names.get(j), Fitted.TYPE);
            ColumnChecks.requireValues(data.column(names.get(j)), Fitted.TYPE);
            means[j] = Moments.of(training[j]).mean();
        }
        List<String> indicators = addIndicator ? MissingIndicator.learn(data, names, Fitted.TYPE) : List.of();
        return new Fitted(names, nNeighbors, weights, training, means, indicators);
    }

    /**
     * The training rows the donors come from.
     *
     * @param columns    the selected columns
     * @param nNeighbors donors per missing value
     * @param weights    how donors are averaged
     * @param training   the training values, column-major: {@code training[j][i]} is row i of column j
     * @param means      the training mean of each column, for rows with no defined distance
     * @param indicators the columns that get a {@code <col>_missing} indicator
     */
    public record Fitted(List<String> columns, int nNeighbors, Weights weights, double[][] training, double[] means,
                         List<String> indicators) implements FittedTransformer {
        /** Type name in model files. */
        public static final String TYPE = "knn_imputer";

        public Fitted {
            columns = List.copyOf(columns);
            indicators = List.copyOf(indicators);
        }

        @Override
        public Frame transform(Frame data) {
            int p = columns.size();
            double[][] x = new double[p][];
            double[][] filled = new double[p][];
            for (int j = 0; j < p; j++) {
                x[j] = NumericColumns.values(data, columns.get(j), TYPE);
                filled[j] = x[j].clone();
            }
            Donors donors = new Donors(training, nNeighbors);
            double[] receiver = new double[p];
            for (int r = 0; r < data.rowCount(); r++) {
                boolean incomplete = false;
                for (int j = 0; j < p; j++) {
                    receiver[j] = x[j][r];
                    incomplete |= Double.isNaN(receiver[j]);
                }
                if (incomplete) {
                    donors.measureFrom(receiver);
                    for (int j = 0; j < p; j++) {
                        if (Double.isNaN(receiver[j])) {
                            filled[j][r] = donors.impute(j, weights, means[j]);
                        }
                    }
                }
            }
            Frame out = NumericColumns.replace(data, columns, TYPE, (j, v) -> filled[j]);
            return MissingIndicator.append(data, out, indicators, TYPE);
        }

        @Override
        public String stepType() {
            return TYPE;
        }

        @Override
        public void save(StepWriter out) {
            out.put("columns", columns);
            out.put("n_neighbors", nNeighbors);
            out.put("weights", StepEnums.label(weights));
            out.put("rows", training.length == 0 ? 0 : training[0].length);
            for (int j = 0; j < training.length; j++) {
                out.doubles("training" + j, training[j]);
            }
            out.doubles("means", means);
            MissingIndicator.saveIndicators(out, indicators);
        }

        /** Reads what {@link #save} wrote. */
        public static Fitted load(StepReader in) {
            List<String> columns = in.getStrings("columns");
            int nNeighbors = in.getInt("n_neighbors");
            if (nNeighbors < 1) {
                throw in.fail("has n_neighbors " + nNeighbors + ", expected at least 1");
            }
            int rows = in.getInt("rows");
            double[] means = in.doubles("means");
            if (means.length != columns.size()) {
                throw in.fail("has " + columns.size() + " columns but " + means.length + " means");
            }
            double[][] training = new double[columns.size()][];
            for (int j = 0; j < training.length; j++) {
                training[j] = in.doubles("training" + j);
                if (training[j].length != rows) {
                    throw in.fail("has " + training[j].length + " training rows for column '" + columns.get(j)
                            + "', expected " + rows);
                }
                if (Moments.of(training[j]).count() == 0 || Double.isNaN(means[j])) {
                    throw in.fail("has no training value for column '" + columns.get(j) + "'");
                }
            }
            return new Fitted(columns, nNeighbors, StepEnums.read(in, "weights", Weights.class), training, means,
                    MissingIndicator.loadIndicators(in, columns));
        }
    }
}
