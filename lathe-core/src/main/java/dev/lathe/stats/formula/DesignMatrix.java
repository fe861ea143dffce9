package dev.lathe.stats.formula;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.math.CompensatedDot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numeric design of a formula on a frame: named columns (intercept, numeric terms, treatment-coded
 * dummies of categorical terms, interactions as products) and the response. Computed columns (powers,
 * polynomials, interactions) also carry their rounding errors in {@code low}, so that least squares can
 * work with them to about twice double precision. Rows with a missing value in any column the formula
 * uses are dropped, as R and statsmodels (patsy) do; {@link #droppedRows} tells how many.
 *
 * @param names       column names as statsmodels users know them ({@code Intercept}, {@code x},
 *                    {@code g[T.b]}, {@code a:b}, {@code I(x^2)}, {@code poly(x, 3)[2]})
 * @param columns     the design, column-major
 * @param low         rounding errors of {@code columns}, same shape; null for a column that is exact
 * @param response    the response values
 * @param rows        the frame rows used, in order
 * @param droppedRows rows left out for missing values
 */
public record DesignMatrix(String responseName, List<String> names, double[][] columns, double[][] low,
                           double[] response, int[] rows, int droppedRows, boolean intercept) {

    /** The design of {@code formula} on {@code data}. */
    public static DesignMatrix of(Formula formula, Frame data) {
        List<List<Factor>> terms = new ArrayList<>(formula.terms());
        Set<String> used = new HashSet<>();
        used.add(formula.response());
        for (List<Factor> t : terms) {
            t.forEach(f -> used.add(f.column()));
        }
        for (String c : used) {
            data.column(c);
        }
        if (formula.allOthers()) {
            for (Column c : data.columns()) {
                if (!used.contains(c.name()) && !formula.excluded().contains(c.name())) {
                    terms.add(List.of(new Factor(Factor.Kind.COLUMN, c.name(), 1, null, c.name())));
                    used.add(c.name());
                }
            }
        }
        int[] rows = completeRows(data, used);
        if (rows.length == 0) {
            throw new FormulaException("no rows without missing values in the columns of '" + formula.text() + "'");
        }
        Frame d = data.take(rows);
        Column y = d.column(formula.response());
        if (!(y instanceof NumericColumn) && !(y instanceof BooleanColumn)) {
            throw new FormulaException("the response '" + formula.response() + "' is " + y.type().label()
                    + "; it must be numeric (or boolean)");
        }
        double[] response = Terms.numeric(y);
        List<Terms.Part> parts = new ArrayList<>();
        if (formula.intercept()) {
            double[] ones = new double[rows.length];
            java.util.Arrays.fill(ones, 1);
            parts.add(new Terms.Part("Intercept", ones, null));
        }
        boolean fullCodingUsed = formula.intercept();
        for (List<Factor> term : terms) {
            List<Terms.Part> termParts = null;
            for (Factor f : term) {
                boolean full = !fullCodingUsed && term.size() == 1;
                List<Terms.Part> factorParts = Terms.expand(f, d, full);
                if (full && Terms.isCategorical(f, d)) {
                    fullCodingUsed = true;
                }
                termParts = termParts == null ? factorParts : product(termParts, factorParts);
            }
            parts.addAll(termParts);
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        double[][] hi = new double[parts.size()][];
        double[][] lo = new double[parts.size()][];
        for (int j = 0; j < parts.size(); j++) {
            Terms.Part p = parts.get(j);
            if (!seen.add(p.name())) {
                throw new FormulaException("the term '" + p.name() + "' appears twice in '" + formula.text() + "'");
            }
            names.add(p.name());
            hi[j] = p.high();
            lo[j] = p.low();
        }
        return new DesignMatrix(formula.response(), List.copyOf(names), hi, lo, response, rows,
                data.rowCount() - rows.length, formula.intercept());
    }

    /** Rows of {@code data} with a value in every one of {@code columns}. */
    private static int[] completeRows(Frame data, Set<String> columns) {
        boolean[] missing = new boolean[data.rowCount()];
        for (String name : columns) {
            Column c = data.column(name);
            for (int i = 0; i < missing.length; i++) {
                missing[i] |= c.isMissing(i);
            }
        }
        return java.util.stream.IntStream.range(0, missing.length).filter(i -> !missing[i]).toArray();
    }

    /** Every pairing of the two lists' columns, multiplied, named {@code a:b}. */
    private static List<Terms.Part> product(List<Terms.Part> left, List<Terms.Part> right) {
        List<Terms.Part> out = new ArrayList<>();
        for (Terms.Part a : left) {
            for (Terms.Part b : right) {
                int n = a.high().length;
                double[] hi = new double[n];
                double[] lo = new double[n];
                for (int i = 0; i < n; i++) {
                    double h = a.high()[i] * b.high()[i];
                    hi[i] = h;
                    double al = a.low() == null ? 0 : a.low()[i];
                    double bl = b.low() == null ? 0 : b.low()[i];
                    lo[i] = Math.fma(a.high()[i], b.high()[i], -h) + a.high()[i] * bl + al * b.high()[i];
                }
                out.add(new Terms.Part(a.name() + ":" + b.name(), hi, lo));
            }
        }
        return out;
    }

    /** Number of observations. */
    public int n() {
        return response.length;
    }

    /** Number of design columns. */
    public int p() {
        return columns.length;
    }

    /** Powers with their rounding errors, exposed for term builders. */
    static double[][] powers(double x, int degree) {
        return CompensatedDot.powers(x, degree);
    }
}
