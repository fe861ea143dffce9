package dev.lathe.model.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class BinLookupTest {

    private static final double[] SPECIAL = {
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -0.0, 0.0, 1e300, -1e300, 1e-300, -1e-300,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1, -1};

    @Test
    void binsOfFittedColumnsEqualThePlainSearchForEveryKindOfColumn() {
        SplittableRandom random = new SplittableRandom(11);
        List<DoubleSupplier> kinds = List.of(
                random::nextGaussian,
                () -> Math.tan(Math.PI * (random.nextDouble() - 0.5)), // Cauchy
                () -> Math.exp(10 * random.nextGaussian()),
                () -> Math.rint(3 * random.nextGaussian()), // many duplicates
                () -> random.nextInt(4), // few distinct values: 3 edges
                () -> random.nextInt(2), // one edge
                () -> random.nextInt(3) - 1.0, // two edges
                () -> 7.5, // no edge
                () -> 1e300 * random.nextGaussian(),
                () -> 1e-300 * random.nextGaussian(),
                () -> random.nextDouble() < 0.1 ? SPECIAL[random.nextInt(SPECIAL.length)] : random.nextGaussian(),
                () -> random.nextBoolean() ? -0.0 : 0.0 * random.nextInt(2) + random.nextInt(3),
                () -> SPECIAL[random.nextInt(SPECIAL.length)], // infinities make NaN and infinite edges
                () -> random.nextDouble() < 0.02 ? Double.NaN : random.nextGaussian());
        for (int round = 0; round < 3; round++) {
            for (DoubleSupplier kind : kinds) {
                int n = 2_000 + random.nextInt(4_000);
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = kind.getAsDouble();
                }
                int[] rows = new int[n];
                Arrays.setAll(rows, i -> i);
                int maxBins = round == 0 ? 255 : 2 + random.nextInt(254);
                BinMapper mapper =
                        BinMapper.fit(new double[][] {column}, rows, maxBins, random.nextLong(), new int[] {-1});
                double[] edges = new double[mapper.valueBins(0) - 1];
                Arrays.setAll(edges, b -> mapper.upperEdge(0, b));
                double[] probes = probes(column, edges);
                byte[] expected = new byte[probes.length];
                for (int i = 0; i < probes.length; i++) {
                    expected[i] = (byte) (Double.isNaN(probes[i]) ? BinMapper.MISSING
                            : BinLookup.plainSearch(edges, probes[i]));
                }
                assertThat(mapper.bin(new double[][] {probes})[0]).as("edges %s", Arrays.toString(edges))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void lookupEqualsThePlainSearchOnHandPickedEdges() {
        double tiny = Double.MIN_VALUE;
        double[][] cases = {
            {}, {0.0}, {-0.0}, {Double.POSITIVE_INFINITY}, {1, 2}, {-0.0, 0.0}, {0.0, 1}, {-1, -0.0},
            {1, 1, 1, 2}, {1, 2, 2, 2, 2, 2, 2, 2, 2, 3}, {-1e308, 1e308}, {-Double.MAX_VALUE, 0, Double.MAX_VALUE},
            {tiny, 2 * tiny, 3 * tiny}, {1, Math.nextUp(1.0), Math.nextUp(Math.nextUp(1.0))},
            {Double.NEGATIVE_INFINITY, 0, 1, Double.POSITIVE_INFINITY}, {0, 1, 2, Double.POSITIVE_INFINITY},
            {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 5, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY},
            {1e-300, 2e-300, 1e300}, {Double.NaN}, {Double.NaN, 1, 2}, {0, 1, Double.NaN, 3, 4}, {3, 2, 1},
            {1, Double.POSITIVE_INFINITY, 2}};
        SplittableRandom random = new SplittableRandom(3);
        List<double[]> all = new ArrayList<>(List.of(cases));
        for (double[] edges : cases) { // with 60 more edges, enough for the bucket table to be used
            double[] more = Arrays.copyOf(edges, edges.length + 60);
            double step = random.nextBoolean() ? 1e-3 : 1e3;
            Arrays.setAll(more, i -> i < edges.length ? edges[i] : (i - edges.length - 30) * step);
            Arrays.sort(more);
            all.add(more);
        }
        for (int round = 0; round < 300; round++) { // unsorted, with NaN now and then: the plain search's quirks
            double[] edges = new double[random.nextInt(40)];
            Arrays.setAll(edges, i -> random.nextInt(50) == 0 ? Double.NaN : random.nextInt(100));
            Arrays.sort(edges, 0, random.nextInt(edges.length + 1));
            all.add(edges);
        }
        for (double[] edges : all) {
            BinLookup lookup = new BinLookup(edges);
            double[] column = new double[200];
            Arrays.setAll(column, i -> random.nextGaussian() * Math.pow(10, random.nextInt(-5, 6)));
            for (double v : probes(column, edges)) {
                if (!Double.isNaN(v)) {
                    assertThat(lookup.bin(v)).as("value %s, edges %s", v, Arrays.toString(edges))
                            .isEqualTo(BinLookup.plainSearch(edges, v));
                }
            }
        }
    }

    @Test
    void plainSearchCountsTheEdgesBelowTheValueWhenTheyAscend() {
        SplittableRandom random = new SplittableRandom(8);
        for (int round = 0; round < 200; round++) {
            double[] edges = new double[random.nextInt(300)];
            Arrays.setAll(edges, i -> Math.rint(random.nextGaussian() * 20));
            Arrays.sort(edges);
            double[] probes = probes(new double[] {random.nextGaussian() * 30}, edges);
            for (double v : probes) {
                if (!Double.isNaN(v)) {
                    assertThat(BinLookup.plainSearch(edges, v))
                            .isEqualTo((int) Arrays.stream(edges).filter(e -> e < v).count());
                }
            }
        }
    }

    /** The column's values, every edge and its neighbours, and the special values. */
    private static double[] probes(double[] column, double[] edges) {
        List<Double> out = new ArrayList<>();
        for (double v : column) {
            out.add(v);
        }
        for (double e : edges) {
            out.addAll(List.of(e, Math.nextUp(e), Math.nextDown(e), -e));
        }
        for (double s : SPECIAL) {
            out.add(s);
        }
        out.add(Double.NaN);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
