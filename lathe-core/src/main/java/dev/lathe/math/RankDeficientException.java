package dev.lathe.math;

import java.util.List;

/** A design matrix whose columns are linearly dependent; names the columns that add nothing. */
public final class RankDeficientException extends IllegalArgumentException {

    private final List<Integer> dependentColumns;

    /** @param dependentColumns indices of columns that are combinations of the others; @param message why */
    public RankDeficientException(List<Integer> dependentColumns, String message) {
        super(message);
        this.dependentColumns = List.copyOf(dependentColumns);
    }

    /** Indices of the columns that are (numerically) combinations of the others. */
    public List<Integer> dependentColumns() {
        return dependentColumns;
    }
}
