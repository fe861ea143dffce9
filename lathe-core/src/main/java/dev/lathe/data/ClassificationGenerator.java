package dev.lathe.data;

import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Builds {@link Synthetic#classification} data: Gaussian classes around corners of a hypercube. */
final class ClassificationGenerator {

    private static final int LABELS = 0;
    private static final int CENTROIDS = 1;
    private static final int INFORMATIVE = 2;
    private static final int MIXING = 3;
    private static final int NOISE = 4;
    private static final int FLIPS = 5;

    private ClassificationGenerator() {
    }

    static Frame generate(int rows, int informative, int redundant, int noise, int classes, double[] weights,
                          double labelNoise, long seed) {
        Args.atLeast("rows", rows, 1);
        Args.atLeast("informative", informative, 1);
        Args.atLeast("redundant", redundant, 0);
        Args.atLeast("noise", noise, 0);
        Args.atLeast("classes", classes, 2);
        if (informative < 31 && classes > 1 << informative) {
            throw new IllegalArgumentException("classes must be at most 2^informative = " + (1 << informative)
                    + " (one hypercube corner per class), got " + classes + " classes for " + informative
                    + " informative features");
        }
        double[] proportions = weights == null ? Draws.equal(classes) : proportions(weights, classes);
        Args.probability("labelNoise", labelNoise);

        Random[] random = Draws.streams(seed, 6);
        int[] y = Draws.shuffledLabels(Draws.allocate(rows, proportions), random[LABELS]);
        double[][] x = new double[informative + redundant + noise][];
        List<BitSet> corners = corners(classes, informative, random[CENTROIDS]);
        for (int j = 0; j < informative; j++) {
            x[j] = new double[rows];
        }
        for (int i = 0; i < rows; i++) {
            BitSet corner = corners.get(y[i]);
            for (int j = 0; j < informative; j++) {
                x[j][i] = (corner.get(j) ? 1 : -1) + random[INFORMATIVE].nextGaussian();
            }
        }
        for (int r = informative; r < informative + redundant; r++) {
            x[r] = combination(x, informative, random[MIXING]);
        }
        for (int r = informative + redundant; r < x.length; r++) {
            x[r] = new double[rows];
            for (int i = 0; i < rows; i++) {
                x[r][i] = random[NOISE].nextGaussian();
            }
        }
        flip(y, classes, labelNoise, random[FLIPS]);
        double[] target = new double[rows];
        for (int i = 0; i < rows; i++) {
            target[i] = y[i];
        }
        return FeatureFrames.of(x, "y", target);
    }

    private static double[] proportions(double[] weights, int classes) {
        if (weights.length != classes) {
            throw new IllegalArgumentException("weights must have one entry per class (" + classes + "), got "
                    + weights.length);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            sum += Args.nonNegative("weights[" + k + "]", weights[k]);
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        double[] p = new double[classes];
        for (int k = 0; k < classes; k++) {
            p[k] = weights[k] / sum;
        }
        return p;
    }

    /** {@code classes} distinct random corners of the {-1, +1} hypercube; bit j set means +1 on feature j. */
    private static List<BitSet> corners(int classes, int informative, Random random) {
        Set<BitSet> seen = new HashSet<>();
        List<BitSet> out = new ArrayList<>(classes);
        while (out.size() < classes) {
            BitSet corner = new BitSet(informative);
            for (int j = 0; j < informative; j++) {
                corner.set(j, random.nextBoolean());
            }
            if (seen.add(corner)) {
                out.add(corner);
            }
        }
        return out;
    }

    /** A linear combination of the first {@code count} features with weights uniform in [-1, 1). */
    private static double[] combination(double[][] x, int count, Random random) {
        double[] out = new double[x[0].length];
        for (int j = 0; j < count; j++) {
            double w = 2 * random.nextDouble() - 1;
            for (int i = 0; i < out.length; i++) {
                out[i] += w * x[j][i];
            }
        }
        return out;
    }

    /** Gives round(labelNoise * rows) distinct random rows another class, chosen uniformly among the others. */
    private static void flip(int[] y, int classes, double labelNoise, Random random) {
        int rows = y.length;
        int flips = (int) Math.round(labelNoise * rows);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int f = 0; f < flips; f++) {
            int j = f + random.nextInt(rows - f);
            int row = order[j];
            order[j] = order[f];
            order[f] = row;
            y[row] = (y[row] + 1 + random.nextInt(classes - 1)) % classes;
        }
    }
}
