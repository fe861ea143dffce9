package dev.lathe.model.neighbors;

/**
 * A metric in the form the searches use: a "reduced" distance that orders pairs as the true distance does
 * but skips the final root (sum of squares for Euclidean, sum of p-th powers for Minkowski), computed the
 * same way by both searches so that they agree bit for bit. Cosine works on rows scaled to unit length.
 * Gower (brute force only) reads rows as {@link GowerColumns} encodes them and needs no root.
 */
final class Distance {

    private enum Kind { SQUARED, ABSOLUTE, POWER, COSINE, GOWER }

    private final Kind kind;
    private final double p;
    /** Gower only: per feature, whether it is categorical, and the training range of a numeric one. */
    private final boolean[] categorical;
    private final double[] ranges;

    private Distance(Kind kind, double p) {
        this(kind, p, null, null);
    }

    private Distance(Kind kind, double p, boolean[] categorical, double[] ranges) {
        this.kind = kind;
        this.p = p;
        this.categorical = categorical;
        this.ranges = ranges;
    }

    /**
     * Gower's (1971) distance: the mean over the features observed in both rows of a per-feature dissimilarity,
     * {@code |a - b| / range} for a numeric feature (0 when its training range is 0) and 0 or 1 (equal or not)
     * for a categorical one; +infinity when no feature is observed in both rows.
     *
     * @param categorical per feature, whether it is categorical
     * @param ranges      per feature, the training range of a numeric one
     */
    static Distance gower(boolean[] categorical, double[] ranges) {
        return new Distance(Kind.GOWER, 1, categorical.clone(), ranges.clone());
    }

    /** The distance for {@code metric} (not gower, which needs its columns: {@link #gower}); {@code p} is used by Minkowski only. */
    static Distance of(Metric metric, double p) {
        return switch (metric) {
            case GOWER -> throw new IllegalArgumentException("the gower distance needs its columns' kinds and ranges");
            case EUCLIDEAN -> new Distance(Kind.SQUARED, 2);
            case MANHATTAN -> new Distance(Kind.ABSOLUTE, 1);
            case COSINE -> new Distance(Kind.COSINE, 2);
            case MINKOWSKI -> p == 2 ? new Distance(Kind.SQUARED, 2)
                    : p == 1 ? new Distance(Kind.ABSOLUTE, 1) : new Distance(Kind.POWER, p);
        };
    }

    /** Whether a KD-tree can search this metric (box bounds hold for Minkowski metrics, not cosine or Gower). */
    boolean treeable() {
        return kind != Kind.COSINE && kind != Kind.GOWER;
    }

    /**
     * Rows as this distance reads them: unchanged, or scaled to unit Euclidean length for cosine (rows of
     * zeros stay zeros). {@code rows} is row-major with {@code d} values per row; the result is a new array.
     */
    double[] prepare(double[] rows, int d) {
        double[] out = rows.clone();
        if (kind != Kind.COSINE) {
            return out;
        }
        for (int o = 0; o < out.length; o += d) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += out[o + j] * out[o + j];
            }
            double norm = Math.sqrt(s);
            if (norm > 0) {
                for (int j = 0; j < d; j++) {
                    out[o + j] /= norm;
                }
            }
        }
        return out;
    }

    /** The reduced distance between row {@code a} at offset {@code ao} and row {@code b} at {@code bo}. */
    double reduced(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        switch (kind) {
            case SQUARED -> {
                for (int j = 0; j < d; j++) {
                    double t = a[ao + j] - b[bo + j];
                    s += t * t;
                }
            }
            case ABSOLUTE -> {
                for (int j = 0; j < d; j++) {
                    s += Math.abs(a[ao + j] - b[bo + j]);
                }
            }
            case POWER -> {
                for (int j = 0; j < d; j++) {
                    s += Math.pow(Math.abs(a[ao + j] - b[bo + j]), p);
                }
            }
            case COSINE -> {
                for (int j = 0; j < d; j++) {
                    s += a[ao + j] * b[bo + j];
                }
                s = Math.min(2, Math.max(0, 1 - s));
            }
            case GOWER -> {
                int observed = 0;
                for (int j = 0; j < d; j++) {
                    double x = a[ao + j];
                    double y = b[bo + j];
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        observed++;
                        s += gowerTerm(j, x, y);
                    }
                }
                s = observed == 0 ? Double.POSITIVE_INFINITY : s / observed;
            }
        }
        return s;
    }

    /** Feature j's Gower dissimilarity between two observed values. */
    private double gowerTerm(int j, double x, double y) {
        if (categorical[j]) {
            return x == y ? 0 : 1;
        }
        return ranges[j] > 0 ? Math.abs(x - y) / ranges[j] : 0;
    }

    /**
     * Reduced distances from query row {@code q} (offset {@code qo}) to the {@code m} training rows of a tile
     * held column-major in {@code columns} ({@code columns[j][t]}: feature j of the tile's row t), into
     * {@code out[0, m)}. The loops run over contiguous memory indexed from 0, which the JIT vectorises; the
     * Euclidean kernel adds four features per pass (fewer loads and stores of {@code out}). Each pair's terms
     * are still summed one by one in feature order, so every value equals {@link #reduced}'s bit for bit.
     */
    void tile(double[] q, int qo, double[][] columns, int m, double[] out) {
        if (kind == Kind.GOWER) {
            gowerTile(q, qo, columns, m, out);
            return;
        }
        java.util.Arrays.fill(out, 0, m, 0.0);
        int d = columns.length;
        int j = 0;
        if (kind == Kind.SQUARED) {
            for (; j + 4 <= d; j += 4) {
                squaredFour(q, qo + j, columns[j], columns[j + 1], columns[j + 2], columns[j + 3], m, out);
            }
        }
        for (; j < d; j++) {
            double x = q[qo + j];
            double[] c = columns[j];
            switch (kind) {
                case SQUARED -> {
                    for (int t = 0; t < m; t++) {
                        double diff = x - c[t];
                        out[t] += diff * diff;
                    }
                }
                case ABSOLUTE -> {
                    for (int t = 0; t < m; t++) {
                        out[t] += Math.abs(x - c[t]);
                    }
                }
                case POWER -> {
                    for (int t = 0; t < m; t++) {
                        out[t] += Math.pow(Math.abs(x - c[t]), p);
                    }
                }
                case COSINE -> {
                    for (int t = 0; t < m; t++) {
                        out[t] += x * c[t];
                    }
                }
            }
        }
        if (kind == Kind.COSINE) {
            for (int t = 0; t < m; t++) {
                out[t] = Math.min(2, Math.max(0, 1 - out[t]));
            }
        }
    }

    /** {@link #tile} for Gower: row by row through {@link #reduced} (missing values need a count per pair). */
    private void gowerTile(double[] q, int qo, double[][] columns, int m, double[] out) {
        int d = columns.length;
        double[] row = new double[d];
        for (int t = 0; t < m; t++) {
            for (int j = 0; j < d; j++) {
                row[j] = columns[j][t];
            }
            out[t] = reduced(q, qo, row, 0, d);
        }
    }

    /** Adds the squared differences of four consecutive features (from {@code q[qo]}), left to right. */
    private static void squaredFour(double[] q, int qo, double[] c0, double[] c1, double[] c2, double[] c3, int m,
                                    double[] out) {
        double x0 = q[qo];
        double x1 = q[qo + 1];
        double x2 = q[qo + 2];
        double x3 = q[qo + 3];
        for (int t = 0; t < m; t++) {
            double a = x0 - c0[t];
            double b = x1 - c1[t];
            double c = x2 - c2[t];
            double e = x3 - c3[t];
            out[t] = out[t] + a * a + b * b + c * c + e * e; // ((((out + a^2) + b^2) + c^2) + e^2): feature order
        }
    }

    /**
     * A lower bound of the reduced distance from query row {@code q} (offset {@code qo}) to any point of the
     * box [lo, hi] (offsets {@code bo}); never above the reduced distance to a point inside, in floating point
     * too, since it sums smaller terms in the same order.
     */
    double boxBound(double[] q, int qo, double[] lo, double[] hi, int bo, int d) {
        double s = 0;
        for (int j = 0; j < d; j++) {
            double x = q[qo + j];
            double gap = x < lo[bo + j] ? lo[bo + j] - x : x > hi[bo + j] ? x - hi[bo + j] : 0;
            s += switch (kind) {
                case SQUARED -> gap * gap;
                case ABSOLUTE -> gap;
                case POWER -> Math.pow(gap, p);
                case COSINE, GOWER -> throw new IllegalStateException(kind + " has no box bound");
            };
        }
        return s;
    }

    /** The true distance for a reduced one. */
    double distance(double reduced) {
        return switch (kind) {
            case SQUARED -> Math.sqrt(reduced);
            case ABSOLUTE, COSINE, GOWER -> reduced;
            case POWER -> Math.pow(reduced, 1 / p);
        };
    }
}
