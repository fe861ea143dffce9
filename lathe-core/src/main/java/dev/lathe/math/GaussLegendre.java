package dev.lathe.math;

/**
 * Gauss-Legendre quadrature nodes and weights on [-1, 1], computed by Newton's method on the Legendre
 * polynomial (exact for polynomials of degree up to 2 order - 1), and a composite rule over equal panels.
 */
public final class GaussLegendre {

    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The rule of the given order.
     *
     * @param order number of nodes, 1 to 200
     */
    public static GaussLegendre of(int order) {
        if (order < 1 || order > 200) {
            throw new IllegalArgumentException("Gauss-Legendre order must be in [1, 200], got " + order);
        }
        double[] x = new double[order];
        double[] w = new double[order];
        for (int i = 0; i < (order + 1) / 2; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (order + 0.5));
            double derivative = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = 0;
                for (int j = 1; j <= order; j++) {
                    double p2 = p1;
                    p1 = p0;
                    p0 = ((2.0 * j - 1) * z * p1 - (j - 1.0) * p2) / j;
                }
                derivative = order * (z * p0 - p1) / (z * z - 1);
                double step = p0 / derivative;
                z -= step;
                if (Math.abs(step) <= 1e-16) {
                    break;
                }
            }
            x[i] = -z;
            x[order - 1 - i] = z;
            w[i] = 2 / ((1 - z * z) * derivative * derivative);
            w[order - 1 - i] = w[i];
        }
        return new GaussLegendre(x, w);
    }

    /**
     * The nodes of a composite rule: {@code panels} equal panels of [a, b], this rule on each; fills
     * {@code points} and {@code pointWeights}, each of length panels times order.
     */
    public void composite(double a, double b, int panels, double[] points, double[] pointWeights) {
        double width = (b - a) / panels;
        int m = nodes.length;
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * width;
            for (int i = 0; i < m; i++) {
                points[p * m + i] = mid + 0.5 * width * nodes[i];
                pointWeights[p * m + i] = 0.5 * width * weights[i];
            }
        }
    }

    /** Number of nodes. */
    public int order() {
        return nodes.length;
    }
}
