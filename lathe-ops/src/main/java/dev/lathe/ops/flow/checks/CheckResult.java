package dev.lathe.ops.flow.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one data check on one subject.
 *
 * @param check    the check's name as the spec writes it ({@code min_rows}, {@code ranges}...)
 * @param subject  what was checked: a column name, or {@code data} for the whole data set
 * @param passed   whether it passed
 * @param observed what was found, in words ("412 rows", "share 0.987")
 * @param expected what was required ("at least 300 rows", "share at least 0.99 in [0, 50]")
 */
public record CheckResult(String check, String subject, boolean passed, String observed, String expected) {

    /** One line for the terminal and the log: {@code PASS min_rows data: 569 rows (at least 300 rows)}. */
    public String line() {
        return (passed ? "PASS " : "FAIL ") + check + " " + subject + ": " + observed + " (expected " + expected + ")";
    }

    /** The result as JSON-ready fields: check, subject, passed, observed, expected. */
    public Map<String, Object> toMap() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("check", check);
        row.put("subject", subject);
        row.put("passed", passed);
        row.put("observed", observed);
        row.put("expected", expected);
        return row;
    }
}
