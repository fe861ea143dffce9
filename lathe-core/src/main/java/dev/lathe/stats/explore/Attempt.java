package dev.lathe.stats.explore;

import dev.lathe.stats.quality.Finding;
import dev.lathe.stats.quality.Severity;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one statistic so that its failure is recorded instead of stopping the exploration: input the
 * statistic cannot take (an {@link IllegalArgumentException}: a constant column has no density) becomes an
 * info finding {@code not_computed}; anything else a warning {@code statistic_failed}.
 */
final class Attempt {

    private Attempt() {
    }

    /**
     * The value of {@code statistic}, or null after adding a finding to {@code notes}.
     *
     * @param what   the statistic's name as it reads in a sentence ("the kernel density")
     * @param column the column it was computed on, or null for a whole-frame statistic
     */
    static <T> T of(String what, String column, List<Finding> notes, Supplier<T> statistic) {
        try {
            return statistic.get();
        } catch (IllegalArgumentException e) {
            notes.add(new Finding("not_computed", Severity.INFO, columns(column), Double.NaN,
                    "no " + what + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            notes.add(new Finding("statistic_failed", Severity.WARNING, columns(column), Double.NaN,
                    what + " failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); the rest of the exploration ran."));
        }
        return null;
    }

    private static List<String> columns(String column) {
        return column == null ? List.of() : List.of(column);
    }
}
