package dev.lathe.prep.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Assertions and small frames shared by the splitter tests. */
final class FoldChecks {

    private FoldChecks() {
    }

    /** A frame of n rows with one numeric column "x" = row number. */
    static Frame rows(int n) {
        return Frame.of(NumericColumn.of("x", IntStream.range(0, n).asDoubleStream().toArray()));
    }

    /** A categorical column named {@code name} of single-letter labels from codes (0 = "a", 1 = "b"...). */
    static CategoricalColumn letters(String name, List<Integer> codes) {
        return CategoricalColumn.of(name, codes.stream().map(c -> String.valueOf((char) ('a' + c))).toArray(String[]::new));
    }

    /** Train and test are ascending, within [0, n), disjoint, and together every row but those left out. */
    static void assertDisjoint(Fold fold, int n) {
        assertThat(fold.train()).isSorted().doesNotHaveDuplicates();
        assertThat(fold.test()).isSorted().doesNotHaveDuplicates().isNotEmpty();
        assertThat(IntStream.concat(Arrays.stream(fold.train()), Arrays.stream(fold.test())))
                .allMatch(i -> i >= 0 && i < n).doesNotHaveDuplicates();
    }

    /** Every fold splits all n rows into disjoint train and test, and every row is tested exactly once. */
    static void assertPartition(List<Fold> folds, int n) {
        int[] tested = new int[n];
        for (Fold f : folds) {
            assertDisjoint(f, n);
            assertThat(f.train().length + f.test().length).isEqualTo(n);
            for (int i : f.test()) {
                tested[i]++;
            }
        }
        assertThat(tested).containsOnly(1);
    }

    /** Number of the given rows whose code is {@code code}. */
    static int countOf(int[] rows, int[] codes, int code) {
        return (int) Arrays.stream(rows).filter(i -> codes[i] == code).count();
    }

    /** Whether some value of {@code codes} occurs both among {@code a} and among {@code b}. */
    static boolean share(int[] a, int[] b, int[] codes) {
        boolean[] inA = new boolean[Arrays.stream(codes).max().orElse(0) + 1];
        for (int i : a) {
            inA[codes[i]] = true;
        }
        return Arrays.stream(b).anyMatch(i -> inA[codes[i]]);
    }
}
