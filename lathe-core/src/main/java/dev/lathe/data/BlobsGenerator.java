package dev.lathe.data;

import dev.lathe.frame.Frame;
import java.util.Random;

/** Builds {@link Synthetic#blobs} data: isotropic Gaussian clusters. */
final class BlobsGenerator {

    private static final double BOX = 10;

    private BlobsGenerator() {
    }

    static Frame generate(int rows, int features, int centers, double clusterSd, long seed) {
        Args.atLeast("rows", rows, 1);
        Args.atLeast("features", features, 1);
        Args.atLeast("centers", centers, 1);
        Args.positive("clusterSd", clusterSd);

        Random[] random = Draws.streams(seed, 3);
        double[][] center = new double[centers][features];
        for (double[] c : center) {
            for (int j = 0; j < features; j++) {
                c[j] = BOX * (2 * random[0].nextDouble() - 1);
            }
        }
        int[] label = Draws.shuffledLabels(Draws.allocate(rows, Draws.equal(centers)), random[1]);
        double[][] x = new double[features][rows];
        double[] cluster = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < features; j++) {
                x[j][i] = center[label[i]][j] + clusterSd * random[2].nextGaussian();
            }
            cluster[i] = label[i];
        }
        return FeatureFrames.of(x, "cluster", cluster);
    }
}
