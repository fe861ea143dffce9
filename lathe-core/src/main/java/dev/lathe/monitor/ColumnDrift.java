package dev.lathe.monitor;

/**
 * The drift verdict of one column. A column that could not be compared carries its {@code error} and no verdict.
 *
 * @param name             column name
 * @param method           the test or distance used; null when the column failed
 * @param statistic        its statistic (the distance for distances); NaN when the column failed
 * @param pValue           the test's p-value; NaN for distances and failed columns
 * @param threshold        the p-value threshold for tests, the distance threshold for distances
 * @param distributionDrift whether the present values drifted
 * @param referenceMissing share of missing values in the reference
 * @param currentMissing   share of missing values in the current data
 * @param missingDrift     whether the share of missing values changed (Z-test with small references, a change of
 *                         at least the distance threshold with large ones)
 * @param error            why the column could not be compared, or null
 */
public record ColumnDrift(String name, DriftMethod method, double statistic, double pValue, double threshold,
                          boolean distributionDrift, double referenceMissing, double currentMissing,
                          boolean missingDrift, String error) {

    /** A column that could not be compared, with the reason. */
    static ColumnDrift failed(String name, String error) {
        return new ColumnDrift(name, null, Double.NaN, Double.NaN, Double.NaN, false, Double.NaN, Double.NaN, false,
                error);
    }

    /** True when the values or the share of missing values drifted. */
    public boolean drift() {
        return distributionDrift || missingDrift;
    }

    /** True when the column could not be compared. */
    public boolean failed() {
        return error != null;
    }
}
