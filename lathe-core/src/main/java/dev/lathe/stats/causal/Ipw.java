package dev.lathe.stats.causal;

/**
 * Inverse-probability weighting with normalised (Hajek) weights: the ATE compares sum(t y / e) / sum(t / e)
 * with sum((1 - t) y / (1 - e)) / sum((1 - t) / (1 - e)); the ATT compares the treated mean with the control
 * mean weighted by e / (1 - e).
 */
final class Ipw {

    private Ipw() {
    }

    /** The average treatment effect from 0/1 treatments {@code t}, outcomes {@code y} and scores {@code e}. */
    static double ate(byte[] t, double[] y, double[] e) {
        double s1 = 0;
        double w1 = 0;
        double s0 = 0;
        double w0 = 0;
        for (int i = 0; i < y.length; i++) {
            if (t[i] == 1) {
                s1 += y[i] / e[i];
                w1 += 1 / e[i];
            } else {
                s0 += y[i] / (1 - e[i]);
                w0 += 1 / (1 - e[i]);
            }
        }
        return s1 / w1 - s0 / w0;
    }

    /** The average effect on the treated. */
    static double att(byte[] t, double[] y, double[] e) {
        double s1 = 0;
        int n1 = 0;
        double s0 = 0;
        double w0 = 0;
        for (int i = 0; i < y.length; i++) {
            if (t[i] == 1) {
                s1 += y[i];
                n1++;
            } else {
                double w = e[i] / (1 - e[i]);
                s0 += w * y[i];
                w0 += w;
            }
        }
        return s1 / n1 - s0 / w0;
    }

    /** The ATE weight of each row: 1 / e for the treated, 1 / (1 - e) for controls. */
    static double[] ateWeights(byte[] t, double[] e) {
        double[] w = new double[e.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = t[i] == 1 ? 1 / e[i] : 1 / (1 - e[i]);
        }
        return w;
    }
}
