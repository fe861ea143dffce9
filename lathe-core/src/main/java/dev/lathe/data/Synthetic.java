package dev.lathe.data;

import dev.lathe.frame.Frame;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Seeded generators of synthetic data sets with a known structure, for examples, tests and benchmarks.
 * Each generator is a pure function of its arguments: the same arguments and seed give an identical
 * frame on every JVM and thread (each call uses its own {@link java.util.Random} generators derived from
 * the seed; nothing is shared). Feature columns are named {@code x1, x2, ...}. Bad arguments raise
 * {@link IllegalArgumentException} naming the argument and the value.
 */
public final class Synthetic {

    @FunctionalInterface
    private interface Kind {
        Frame generate(int rows, long seed);
    }

    private static final Map<String, Kind> KINDS = registry();

    private Synthetic() {
    }

    private static Map<String, Kind> registry() {
        Map<String, Kind> m = new LinkedHashMap<>();
        m.put("classification", (rows, seed) -> classification(rows, 4, 2, 2, 2, null, 0.01, seed));
        m.put("regression", (rows, seed) -> regression(rows, 10, 5, 10, seed));
        m.put("friedman", (rows, seed) -> friedman1(rows, 1, seed));
        m.put("blobs", (rows, seed) -> blobs(rows, 2, 3, 1, seed));
        m.put("timeseries", Synthetic::timeSeries);
        m.put("abtest", (rows, seed) -> abTest(rows, 0.10, 0.12, 50, seed));
        m.put("interactions", (rows, seed) -> interactions((rows + 9) / 10, Math.max(40, rows / 50), 20, 8, 1.0, 2.0,
                seed).head(rows));
        return Collections.unmodifiableMap(m);
    }

    /**
     * A classification problem in the manner of scikit-learn's {@code make_classification}. Each class is
     * a standard normal cloud around its own randomly chosen corner of the {-1, +1} hypercube in the
     * informative features; rows are in random order. Columns: {@code x1..x<informative>} informative,
     * then the redundant features (random linear combinations of the informative ones, weights uniform in
     * [-1, 1)), then the noise features (independent N(0, 1)), then the target {@code y} holding the class
     * as a number 0..classes-1.
     *
     * @param rows        number of rows, at least 1
     * @param informative features that carry the class, at least 1; {@code classes} must not exceed
     *                    2^informative
     * @param redundant   linear combinations of the informative features, at least 0
     * @param noise       features unrelated to the class, at least 0
     * @param classes     number of classes, at least 2
     * @param weights     relative class sizes, one non-negative entry per class, not all 0 (normalised to
     *                    proportions; each class gets its share of rows rounded by largest remainder), or
     *                    null for balanced classes
     * @param labelNoise  fraction of rows, in [0, 1], whose label is changed to a different class chosen
     *                    uniformly (exactly round(labelNoise * rows) rows); changing it leaves the
     *                    features and the other labels as they were for the same seed
     * @param seed        seed of the random draws
     */
    public static Frame classification(int rows, int informative, int redundant, int noise, int classes,
                                       double[] weights, double labelNoise, long seed) {
        return ClassificationGenerator.generate(rows, informative, redundant, noise, classes, weights,
                labelNoise, seed);
    }

    /**
     * A linear regression problem in the manner of scikit-learn's {@code make_regression}: standard
     * normal features {@code x1..x<features>}, and {@code y} = sum of the first {@code informative}
     * features times coefficients drawn uniformly from [10, 100), plus N(0, noiseSd^2) noise; no intercept.
     *
     * @param rows        number of rows, at least 1
     * @param features    number of features, at least 1
     * @param informative how many of the first features enter {@code y}, in [0, features]
     * @param noiseSd     standard deviation of the noise, finite and at least 0
     * @param seed        seed of the random draws
     */
    public static Frame regression(int rows, int features, int informative, double noiseSd, long seed) {
        return RegressionGenerator.generate(rows, features, informative, noiseSd, false, seed);
    }

    /**
     * As {@link #regression}, but with heteroscedastic noise: the noise of a row has standard deviation
     * {@code noiseSd * |x1|}, so the spread of {@code y} grows with the distance of {@code x1} from 0 (for
     * quantile regression and residual diagnostics). The same seed gives the same features and
     * coefficients as {@link #regression}.
     *
     * @param rows        number of rows, at least 1
     * @param features    number of features, at least 1
     * @param informative how many of the first features enter {@code y}, in [0, features]
     * @param noiseSd     noise standard deviation per unit of {@code |x1|}, finite and at least 0
     * @param seed        seed of the random draws
     */
    public static Frame heteroscedasticRegression(int rows, int features, int informative, double noiseSd,
                                                  long seed) {
        return RegressionGenerator.generate(rows, features, informative, noiseSd, true, seed);
    }

    /**
     * Friedman's first regression problem (Friedman 1991; scikit-learn's {@code make_friedman1}): ten
     * features {@code x1..x10} uniform on [0, 1) and {@code y = 10 sin(pi x1 x2) + 20 (x3 - 0.5)^2 + 10 x4
     * + 5 x5 + N(0, noise^2)}; {@code x6..x10} do not enter {@code y}. Non-linear, with interactions.
     *
     * @param rows  number of rows, at least 1
     * @param noise standard deviation of the noise, finite and at least 0 (1 is customary)
     * @param seed  seed of the random draws
     */
    public static Frame friedman1(int rows, double noise, long seed) {
        return FriedmanGenerator.generate(rows, noise, seed);
    }

    /**
     * Isotropic Gaussian clusters, as scikit-learn's {@code make_blobs}: centres uniform in [-10, 10) in
     * each feature, each row drawn around its centre with standard deviation {@code clusterSd} per feature;
     * rows are split as evenly as possible between the clusters and shuffled. Columns {@code x1..x<features>}
     * and {@code cluster}, the cluster number 0..centers-1.
     *
     * @param rows      number of rows, at least 1
     * @param features  number of features, at least 1
     * @param centers   number of clusters, at least 1 (clusters get no rows when there are more than rows)
     * @param clusterSd standard deviation within a cluster, finite and greater than 0
     * @param seed      seed of the random draws
     */
    public static Frame blobs(int rows, int features, int centers, double clusterSd, long seed) {
        return BlobsGenerator.generate(rows, features, centers, clusterSd, seed);
    }

    /**
     * An hourly time series: column {@code timestamp} (UTC, from 2024-01-01T00:00Z, one hour apart) and
     * {@code value} at hour t = 100 + 0.01 t + 10 sin(2 pi t / 24) + 5 sin(2 pi t / 168) + N(0, 2^2): a
     * linear trend, a daily and a weekly cycle, and noise.
     *
     * @param rows number of hours, at least 1
     * @param seed seed of the noise
     */
    public static Frame timeSeries(int rows, long seed) {
        return TimeSeriesGenerator.generate(rows, seed);
    }

    /**
     * The log of an A/B test: one row per user with {@code user_id} (1, 2, ...), {@code arm} (categorical
     * A or B, each with probability 1/2), {@code converted} (boolean, with the arm's conversion
     * probability) and {@code revenue}: 0 without conversion, else log-normal with mean {@code meanRevenue}
     * (log-revenue has standard deviation 1), the same in both arms.
     *
     * @param rows        number of users, at least 1
     * @param conversionA conversion probability in arm A, in [0, 1]
     * @param conversionB conversion probability in arm B, in [0, 1]
     * @param meanRevenue mean revenue of a converted user, finite and greater than 0
     * @param seed        seed of the random draws
     */
    public static Frame abTest(int rows, double conversionA, double conversionB, double meanRevenue, long seed) {
        return AbTestGenerator.generate(rows, conversionA, conversionB, meanRevenue, seed);
    }

    /**
     * User-item interactions with latent tastes and Zipf popularity, for recommenders (see the package's
     * generator notes in {@code InteractionGenerator}): columns {@code user}, {@code item} (numbers from 0),
     * {@code rating} (1..5, rising with the user's affinity for the item) and {@code time}.
     *
     * @param users   number of users, at least 1
     * @param items   number of items, at least 2 and at least 1.5 {@code perUser}
     * @param perUser mean interactions per user, at least 1
     * @param factors dimension of the latent tastes, at least 1
     * @param skew    Zipf exponent of item popularity, at least 0 (0: all items equally popular)
     * @param taste   how strongly affinity drives choice, at least 0 (0: popularity alone)
     * @param seed    seed of the random draws
     */
    public static Frame interactions(int users, int items, int perUser, int factors, double skew, double taste,
                                     long seed) {
        return InteractionGenerator.generate(users, items, perUser, factors, skew, taste, seed);
    }

    /**
     * The kinds {@link #generate} accepts: classification, regression, friedman, blobs, timeseries, abtest,
     * interactions (the first {@code rows} interactions of about rows / 10 users with 20 each on average, rows / 50
     * items but at least 40).
     */
    public static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    /**
     * A data set of the given kind with default settings:
     * <ul>
     *   <li>{@code classification}: 4 informative, 2 redundant, 2 noise features, 2 balanced classes, label
     *       noise 0.01</li>
     *   <li>{@code regression}: 10 features, 5 informative, noise standard deviation 10</li>
     *   <li>{@code friedman}: Friedman #1 with noise standard deviation 1</li>
     *   <li>{@code blobs}: 2 features, 3 clusters, standard deviation 1</li>
     *   <li>{@code timeseries}: as {@link #timeSeries}</li>
     *   <li>{@code abtest}: conversion 0.10 in A and 0.12 in B, mean revenue 50</li>
     * </ul>
     *
     * @param kind one of {@link #kinds()}
     * @param rows number of rows, at least 1
     * @param seed seed of the random draws
     * @throws IllegalArgumentException for an unknown kind (the message lists the kinds) or rows below 1
     */
    public static Frame generate(String kind, int rows, long seed) {
        Objects.requireNonNull(kind, "kind");
        Kind k = KINDS.get(kind);
        if (k == null) {
            throw new IllegalArgumentException("unknown synthetic data kind '" + kind + "'; kinds: "
                    + String.join(", ", KINDS.keySet()));
        }
        return k.generate(Args.atLeast("rows", rows, 1), seed);
    }
}
