package dev.lathe.cli;

import dev.lathe.stats.test.InferenceResult;
import dev.lathe.stats.test.NamedInterval;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a test result for {@code lathe stats <test>}: an aligned table for people, or JSON with the fields
 * {@code statistic}, {@code p_value}, {@code df}, {@code effect_size}, {@code ci_low}, {@code ci_high} and the
 * test's extras. {@code ci_low}/{@code ci_high} bound the estimate the test is about (e.g. the difference in
 * means); the effect size's interval is {@code effect_size_ci_low}/{@code effect_size_ci_high}.
 */
final class InferenceOutput {

    private InferenceOutput() {
    }

    /** Writes {@code result} as the options ask (JSON or table) with its interpretation at their alpha. */
    static void print(PrintWriter out, InferenceResult result, TestOptions options) {
        out.print(options.json ? Json.write(toJson(result, options.alpha())) + System.lineSeparator()
                : table(result, options.alpha()));
        out.flush();
    }

    /** The JSON object of one result. */
    static Map<String, Object> toJson(InferenceResult r, double alpha) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", r.test());
        m.put("statistic_name", r.statisticName());
        m.put("statistic", Json.number(r.statistic()));
        m.put("p_value", Json.number(r.pValue()));
        m.put("df", Json.number(r.df()));
        if (!Double.isNaN(r.df2())) {
            m.put("df2", Json.number(r.df2()));
        }
        m.put("alternative", r.alternative() == null ? null : r.alternative().label());
        m.put("null_hypothesis", r.nullHypothesis());
        NamedInterval e = r.estimate();
        m.put("estimate_name", e == null ? null : e.name());
        m.put("estimate", e == null ? null : Json.number(e.value()));
        m.put("ci_low", e == null ? null : Json.number(e.low()));
        m.put("ci_high", e == null ? null : Json.number(e.high()));
        m.put("confidence", e == null ? null : Json.number(e.confidence()));
        NamedInterval d = r.effectSize();
        m.put("effect_size_name", d == null ? null : d.name());
        m.put("effect_size", d == null ? null : Json.number(d.value()));
        m.put("effect_size_ci_low", d == null ? null : Json.number(d.low()));
        m.put("effect_size_ci_high", d == null ? null : Json.number(d.high()));
        for (Map.Entry<String, Object> x : r.extras().entrySet()) {
            m.put(x.getKey(), x.getValue() instanceof Double v ? Json.number(v) : x.getValue());
        }
        m.put("alpha", alpha);
        m.put("reject", r.rejects(alpha));
        m.put("interpretation", r.interpretation(alpha));
        return m;
    }

    /** The human table: one aligned line per quantity, then the interpretation. */
    static String table(InferenceResult r, double alpha) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("statistic", r.statisticName() + " = " + number(r.statistic()));
        if (!Double.isNaN(r.df())) {
            rows.put("df", Double.isNaN(r.df2()) ? number(r.df()) : number(r.df()) + ", " + number(r.df2()));
        }
        rows.put("p-value", number(r.pValue()));
        if (r.alternative() != null) {
            rows.put("alternative", r.alternative().label());
        }
        if (r.estimate() != null) {
            rows.put(r.estimate().name(), withInterval(r.estimate()));
        }
        if (r.effectSize() != null) {
            rows.put(r.effectSize().name(), withInterval(r.effectSize()));
        }
        for (Map.Entry<String, Object> x : r.extras().entrySet()) {
            rows.put(x.getKey().replace('_', ' '), x.getValue() instanceof Double v ? number(v) : String.valueOf(x.getValue()));
        }
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder s = new StringBuilder(r.test()).append(System.lineSeparator());
        for (Map.Entry<String, String> row : rows.entrySet()) {
            s.append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", row.getKey()))
                    .append("  ").append(row.getValue()).append(System.lineSeparator());
        }
        return s.append(r.interpretation(alpha)).append(System.lineSeparator()).toString();
    }

    private static String withInterval(NamedInterval i) {
        if (!i.hasInterval()) {
            return number(i.value());
        }
        String percent = java.math.BigDecimal.valueOf(i.confidence() * 100).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString();
        return number(i.value()) + "  " + percent + "% CI ["
                + number(i.low()) + ", " + number(i.high()) + "]";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.6g", v);
    }
}
