package dev.lathe.stats.test;

/** Checks and margins of contingency tables of counts. */
final class Tables {

    private Tables() {
    }

    /**
     * Checks a table of counts: at least 2 rows and 2 columns, rectangular, no negative count, no row or
     * column whose counts are all zero (its expected counts would be zero).
     */
    static long[][] check(long[][] table) {
        if (table.length < 2 || table[0].length < 2) {
            throw new IllegalArgumentException("a contingency table needs at least 2 rows and 2 columns, got "
                    + table.length + " x " + (table.length == 0 ? 0 : table[0].length));
        }
        int columns = table[0].length;
        for (int i = 0; i < table.length; i++) {
            if (table[i].length != columns) {
                throw new IllegalArgumentException("row " + (i + 1) + " of the table has " + table[i].length
                        + " counts: expected " + columns + " like the first row");
            }
            for (int j = 0; j < columns; j++) {
                Samples.count(table[i][j], "count at row " + (i + 1) + ", column " + (j + 1));
            }
        }
        long[] rows = rowSums(table);
        long[] cols = columnSums(table);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == 0) {
                throw new IllegalArgumentException("row " + (i + 1) + " of the table is all zero: every expected count "
                        + "in it would be zero; drop the row");
            }
        }
        for (int j = 0; j < cols.length; j++) {
            if (cols[j] == 0) {
                throw new IllegalArgumentException("column " + (j + 1) + " of the table is all zero: every expected "
                        + "count in it would be zero; drop the column");
            }
        }
        return table;
    }

    /** The row totals. */
    static long[] rowSums(long[][] table) {
        long[] s = new long[table.length];
        for (int i = 0; i < table.length; i++) {
            for (long v : table[i]) {
                s[i] += v;
            }
        }
        return s;
    }

    /** The column totals. */
    static long[] columnSums(long[][] table) {
        long[] s = new long[table[0].length];
        for (long[] row : table) {
            for (int j = 0; j < row.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /** The expected counts under independence: row total times column total over the grand total. */
    static double[][] expected(long[][] table) {
        long[] rows = rowSums(table);
        long[] cols = columnSums(table);
        double n = 0;
        for (long r : rows) {
            n += r;
        }
        double[][] e = new double[rows.length][cols.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                e[i][j] = rows[i] * (double) cols[j] / n;
            }
        }
        return e;
    }

    /** The total count. */
    static long total(long[][] table) {
        long n = 0;
        for (long r : rowSums(table)) {
            n += r;
        }
        return n;
    }

    /** A table as nested lists, for a result's extras. */
    static java.util.List<java.util.List<Double>> asLists(double[][] table) {
        java.util.List<java.util.List<Double>> rows = new java.util.ArrayList<>();
        for (double[] row : table) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return rows;
    }
}
