package dev.lathe.prep.balance;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Geometry and counting helpers for the resampler tests. */
final class Segments {

    private Segments() {
    }

    /** Row {@code i} of the named numeric columns. */
    static double[] point(Frame data, List<String> names, int i) {
        return names.stream().mapToDouble(n -> data.numeric(n).get(i)).toArray();
    }

    /** Whether {@code p} = a + t (b - a) for some t in [0, 1], up to rounding. */
    static boolean onSegment(double[] p, double[] a, double[] b) {
        int widest = 0;
        for (int j = 1; j < a.length; j++) {
            widest = Math.abs(b[j] - a[j]) > Math.abs(b[widest] - a[widest]) ? j : widest;
        }
        double span = b[widest] - a[widest];
        double t = span == 0 ? 0 : (p[widest] - a[widest]) / span;
        if (t < -1e-12 || t > 1 + 1e-12) {
            return false;
        }
        for (int j = 0; j < a.length; j++) {
            if (Math.abs(a[j] + t * (b[j] - a[j]) - p[j]) > 1e-9 * (1 + Math.abs(p[j]))) {
                return false;
            }
        }
        return true;
    }

    /** The k rows of {@code candidates} nearest to {@code a} (squared Euclidean), ties to the earlier row. */
    static int[] nearest(double[][] points, int[] candidates, int a, int k) {
        return Arrays.stream(candidates).filter(c -> c != a).boxed()
                .sorted((x, y) -> Double.compare(squared(points[x], points[a]), squared(points[y], points[a])))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    private static double squared(double[] x, double[] y) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += (x[j] - y[j]) * (x[j] - y[j]);
        }
        return s;
    }

    /** Number of rows of {@code target} labelled {@code label}. */
    static long count(Column target, String label) {
        int n = target.size();
        return IntStream.range(0, n).filter(i -> target.format(i).equals(label)).count();
    }
}
