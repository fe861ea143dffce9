package dev.lathe.prep.impute;

/**
 * The k-nearest-neighbour search of {@link KnnImputer}: nan-euclidean distances from one receiver row to
 * every training row, then, per column, the average over the nearest training rows that have a value in it.
 * Reused from row to row so that a transform allocates once.
 */
final class Donors {

    private final double[][] training;
    private final int k;
    private final double[] distance;
    private final int[] nearest;
    private final double[] nearestDistance;

    /** @param training column-major training values; @param k donors per missing value */
    Donors(double[][] training, int k) {
        this.training = training;
        this.k = k;
        this.distance = new double[training.length == 0 ? 0 : training[0].length];
        this.nearest = new int[k];
        this.nearestDistance = new double[k];
    }

    /**
     * Measures the nan-euclidean distance from {@code receiver} to every training row: the euclidean distance
     * over the coordinates both have, times sqrt(columns / shared coordinates); NaN when none is shared.
     */
    void measureFrom(double[] receiver) {
        int p = receiver.length;
        for (int i = 0; i < distance.length; i++) {
            double sum = 0;
            int shared = 0;
            for (int j = 0; j < p; j++) {
                double d = receiver[j] - training[j][i];
                if (!Double.isNaN(d)) {
                    sum += d * d;
                    shared++;
                }
            }
            distance[i] = shared == 0 ? Double.NaN : Math.sqrt(sum / shared * p);
        }
    }

    /**
     * The imputed value of column {@code j} for the last measured receiver: the (weighted) average over the k
     * nearest training rows with a value in column j, or {@code mean} when none of them is at a defined distance.
     */
    double impute(int j, KnnImputer.Weights weights, double mean) {
        double[] column = training[j];
        int found = 0;
        boolean anyDefined = false;
        for (int i = 0; i < column.length; i++) {
            if (Double.isNaN(column[i])) {
                continue;
            }
            double d = distance[i];
            anyDefined |= !Double.isNaN(d);
            int pos = found;
            while (pos > 0 && before(d, nearestDistance[pos - 1])) {
                pos--;
            }
            if (pos < k) {
                for (int m = Math.min(found, k - 1); m > pos; m--) {
                    nearest[m] = nearest[m - 1];
                    nearestDistance[m] = nearestDistance[m - 1];
                }
                nearest[pos] = i;
                nearestDistance[pos] = d;
                found = Math.min(found + 1, k);
            }
        }
        return anyDefined ? average(column, found, weights) : mean;
    }

    /** Whether distance a ranks strictly before b: defined distances first, ascending; ties keep the earlier row. */
    private static boolean before(double a, double b) {
        return Double.isNaN(b) ? !Double.isNaN(a) : a < b;
    }

    private double average(double[] column, int found, KnnImputer.Weights weights) {
        boolean exact = false;
        for (int m = 0; m < found; m++) {
            exact |= nearestDistance[m] == 0;
        }
        double sum = 0;
        double total = 0;
        for (int m = 0; m < found; m++) {
            double d = nearestDistance[m];
            double w;
            if (weights == KnnImputer.Weights.UNIFORM) {
                w = 1;
            } else if (exact) {
                w = d == 0 ? 1 : 0;
            } else {
                w = Double.isNaN(d) ? 0 : 1 / d;
            }
            sum += w * column[nearest[m]];
            total += w;
        }
        return sum / total;
    }
}
