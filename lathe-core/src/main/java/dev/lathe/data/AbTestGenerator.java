package dev.lathe.data;

import dev.lathe.frame.BooleanColumn;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.List;
import java.util.Random;

/** Builds {@link Synthetic#abTest} data: users split at random between two arms, conversions and revenue. */
final class AbTestGenerator {

    /** Standard deviation of log revenue among converted users. */
    private static final double LOG_REVENUE_SD = 1.0;
    private static final int ARMS = 0;
    private static final int CONVERSIONS = 1;
    private static final int REVENUE = 2;

    private AbTestGenerator() {
    }

    static Frame generate(int rows, double conversionA, double conversionB, double meanRevenue, long seed) {
        Args.atLeast("rows", rows, 1);
        Args.probability("conversionA", conversionA);
        Args.probability("conversionB", conversionB);
        Args.positive("meanRevenue", meanRevenue);

        Random[] random = Draws.streams(seed, 3);
        double mu = StrictMath.log(meanRevenue) - LOG_REVENUE_SD * LOG_REVENUE_SD / 2;
        double[] userId = new double[rows];
        int[] arm = new int[rows];
        byte[] converted = new byte[rows];
        double[] revenue = new double[rows];
        for (int i = 0; i < rows; i++) {
            userId[i] = i + 1;
            arm[i] = random[ARMS].nextInt(2);
            boolean yes = random[CONVERSIONS].nextDouble() < (arm[i] == 0 ? conversionA : conversionB);
            double amount = StrictMath.exp(mu + LOG_REVENUE_SD * random[REVENUE].nextGaussian());
            converted[i] = (byte) (yes ? 1 : 0);
            revenue[i] = yes ? amount : 0;
        }
        return Frame.of(NumericColumn.wrap("user_id", userId), CategoricalColumn.wrap("arm", arm, List.of("A", "B")),
                BooleanColumn.wrap("converted", converted), NumericColumn.wrap("revenue", revenue));
    }
}
