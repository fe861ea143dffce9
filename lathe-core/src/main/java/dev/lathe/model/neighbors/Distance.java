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
     * Reduced distances from query row {@code q} (offset {@code qo}) to training rows [t0, t1) held
     * column-major in {@code columns}, into {@code out[0, t1 - t0)}: feature by feature over the whole tile so
     * the inner loop runs over contiguous memory, each pair's terms still summed in feature order, so every
     * value equals {@link #reduced}'s bit for bit.
     */
    void tile(double[] q, int qo, double[][] columns, int t0, int t1, double[] out) {
        int m = t1 - t0;
        if (kind == Kind.GOWER) {
            gowerTile(q, qo, columns, t0, t1, out);
            return;
        }
        java.util.Arrays.fill(out, 0, m, 0.0);
        for (int j = 0; j < columns.length; j++) {
            double x = q[qo + j];
            double[] c = columns[j];
            switch (kind) {
                case SQUARED -> {
                    for (int t = 0; t < m; t++) {
                        double diff = x - c[t0 + t];
                        out[t] += diff * diff;
                    }
                }
                case ABSOLUTE -> {
                    for (int t = 0; t < m; t++) {
                        out[t] += Math.abs(x - c[t0 + t]);
                    }
                }
                case POWER -> {
                    for (int t = 0; t < m; t++) {
                        out[t] += Math.pow(Math.abs(x - c[t0 + t]), p);
                    }
                }
                case COSINE -> {
                    for (int t = 0; t < m; t++) {
                        out[t] += x * c[t0 + t];
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
    private void gowerTile(double[] q, int qo, double[][] columns, int t0, int t1, double[] out) {
        int d = columns.length;
        double[] row = new double[d];
        for (int t = t0; t < t1; t++) {
            for (int j = 0; j < d; j++) {
                row[j] = columns[j][t];
            }
            out[t - t0] = reduced(q, qo, row, 0, d);
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
