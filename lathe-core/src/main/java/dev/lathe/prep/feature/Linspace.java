package dev.lathe.prep.feature;

/** Evenly spaced numbers computed as NumPy's {@code linspace} computes them, so that learned grids match. */
final class Linspace {

    private Linspace() {
    }

    /**
     * {@code num} numbers from {@code start} to {@code stop} inclusive: {@code start + i * step} with the
     * last set to {@code stop} exactly ({@code [start]} for one number, empty for none).
     */
    static double[] of(double start, double stop, int num) {
        double[] out = new double[num];
        if (num == 1) {
            out[0] = start;
        } else if (num > 1) {
            double step = (stop - start) / (num - 1);
            for (int i = 0; i < num; i++) {
                out[i] = i * step + start;
            }
            out[num - 1] = stop;
        }
        return out;
    }
}
