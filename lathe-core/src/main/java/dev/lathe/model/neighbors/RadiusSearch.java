package dev.lathe.model.neighbors;

import java.util.Arrays;

/**
 * All training rows within a Euclidean radius of a query point, found with the package's KD-tree (as
 * scikit-learn's {@code radius_neighbors}, boundary included). Used by density-based clustering.
 */
public final class RadiusSearch {

    private final KdTree tree;
    private final Distance metric = Distance.of(Metric.EUCLIDEAN, 2);
    private final int d;

    private RadiusSearch(double[] rows, int d, int leafSize) {
        this.d = d;
        this.tree = new KdTree(rows, d, leafSize);
    }

    /**
     * A search over {@code rows} (row-major, {@code d} values per row, not copied: do not change them).
     *
     * @param leafSize most rows in a tree leaf, at least 1 (scikit-learn's default is 30)
     */
    public static RadiusSearch euclidean(double[] rows, int d, int leafSize) {
        if (d < 1 || rows.length % d != 0) {
            throw new IllegalArgumentException(rows.length + " values are not rows of " + d + " features");
        }
        if (leafSize < 1) {
            throw new IllegalArgumentException("leaf_size must be at least 1, got " + leafSize);
        }
        return new RadiusSearch(rows, d, leafSize);
    }

    /** The rows within Euclidean distance {@code radius} (inclusive) of the point at {@code offset} in {@code q}, ascending. */
    public int[] within(double[] q, int offset, double radius) {
        int[][] buffer = {new int[16]};
        int[] size = {0};
        tree.radius(metric, q, offset, radius * radius, r -> {
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], 2 * size[0]);
            }
            buffer[0][size[0]++] = r;
        });
        int[] out = Arrays.copyOf(buffer[0], size[0]);
        Arrays.sort(out);
        return out;
    }

    /** Features per row. */
    public int dimensions() {
        return d;
    }
}
