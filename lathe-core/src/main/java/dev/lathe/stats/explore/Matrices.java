package dev.lathe.stats.explore;

/** Defensive copies of the matrices the records of this package hold. */
final class Matrices {

    private Matrices() {
    }

    /** A deep copy of {@code a}. */
    static double[][] copy(double[][] a) {
        double[][] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i].clone();
        }
        return out;
    }
}
