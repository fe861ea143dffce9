package dev.lathe.stats.formula;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Turns one formula factor into design columns. */
final class Terms {

    /** One design column with its rounding errors (null when the column is exact). */
    record Part(String name, double[] high, double[] low) {
    }

    private Terms() {
    }

    static boolean isCategorical(Factor f, Frame d) {
        ColumnType t = d.column(f.column()).type();
        return f.kind() == Factor.Kind.CATEGORICAL || t == ColumnType.CATEGORICAL || t == ColumnType.TEXT;
    }

    /** The columns of factor {@code f}; categorical ones in treatment coding, or all levels when {@code full}. */
    static List<Part> expand(Factor f, Frame d, boolean full) {
        Column c = d.column(f.column());
        if (isCategorical(f, d)) {
            return dummies(f, c, full);
        }
        double[] x = numeric(c);
        int n = x.length;
        return switch (f.kind()) {
            case COLUMN -> List.of(new Part(f.text(), x, null));
            case LOG, EXP, SQRT -> List.of(new Part(f.text(), apply(f, x), null));
            case POWER -> List.of(power(f.text(), x, f.degree(), f.degree()));
            case POLY -> {
                List<Part> out = new ArrayList<>();
                for (int k = 1; k <= f.degree(); k++) {
                    out.add(power(f.text() + "[" + k + "]", x, f.degree(), k));
                }
                yield out;
            }
            case CATEGORICAL -> throw new IllegalStateException("handled above");
        };
    }

    private static Part power(String name, double[] x, int degree, int k) {
        int n = x.length;
        double[] hi = new double[n];
        double[] lo = new double[n];
        for (int i = 0; i < n; i++) {
            double[][] p = DesignMatrix.powers(x[i], degree);
            hi[i] = p[0][k - 1];
            lo[i] = p[1][k - 1];
        }
        return new Part(name, hi, lo);
    }

    private static double[] apply(Factor f, double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = switch (f.kind()) {
                case LOG -> Math.log(x[i]);
                case EXP -> Math.exp(x[i]);
                default -> Math.sqrt(x[i]);
            };
            if (!Double.isFinite(v)) {
                throw new FormulaException(f.text() + " is not finite for " + f.column() + " = " + x[i]
                        + " (row " + (i + 1) + " of the complete rows)");
            }
            out[i] = v;
        }
        return out;
    }

    private static List<Part> dummies(Factor f, Column c, boolean full) {
        int n = c.size();
        TreeSet<String> levels = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            levels.add(c.format(i));
        }
        String reference = f.reference() != null ? f.reference() : levels.first();
        if (!levels.contains(reference)) {
            throw new FormulaException("reference level '" + reference + "' of " + f.column()
                    + " does not occur; levels: " + levels);
        }
        String prefix = f.kind() == Factor.Kind.CATEGORICAL ? f.text() : f.column();
        List<Part> out = new ArrayList<>();
        for (String level : levels) {
            if (!full && level.equals(reference)) {
                continue;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = c.format(i).equals(level) ? 1 : 0;
            }
            out.add(new Part(prefix + (full ? "[" : "[T.") + level + "]", v, null));
        }
        return out;
    }

    /** A numeric or boolean column as doubles. */
    static double[] numeric(Column c) {
        if (c instanceof NumericColumn n) {
            return n.toArray();
        }
        if (c instanceof BooleanColumn b) {
            double[] v = new double[b.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = b.raw(i);
            }
            return v;
        }
        if (c instanceof CategoricalColumn) {
            throw new FormulaException("column '" + c.name() + "' is categorical");
        }
        throw new FormulaException("column '" + c.name() + "' is " + c.type().label() + "; a formula needs numeric, "
                + "boolean or categorical columns");
    }
}
