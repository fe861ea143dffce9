package dev.lathe.cli;

import dev.lathe.param.RecordParams;
import dev.lathe.tune.SearchResult;
import dev.lathe.tune.Spread;
import dev.lathe.tune.Trial;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The top trials of a hyperparameter search, as {@code lathe train --tune} prints them. */
final class Leaderboard {

    private Leaderboard() {
    }

    /** The best {@code top} trials, best first: rank, trial, params, mean and sd of every metric, mean fit time. */
    static List<Map<String, Object>> json(SearchResult search, int top) {
        int[] ranks = search.ranks(search.metrics().get(0));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Trial t : best(search, top)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", ranks[t.number() - 1]);
            row.put("trial", t.number());
            Map<String, Object> params = new LinkedHashMap<>();
            t.params().forEach((k, v) -> params.put(k, RecordParams.jsonValue(v)));
            row.put("params", params);
            for (String m : search.metrics()) {
                Spread s = t.cv().spread(m);
                row.put("mean_" + m, Json.number(s.mean()));
                row.put("std_" + m, Json.number(s.sd()));
            }
            row.put("mean_fit_seconds", t.cv().meanFitSeconds());
            rows.add(row);
        }
        return rows;
    }

    /** The best {@code top} trials as a table ranked by the first metric. */
    static void print(PrintWriter out, SearchResult search, int top) {
        String metric = search.metrics().get(0);
        int[] ranks = search.ranks(metric);
        out.printf(Locale.ROOT, "  %4s %6s  %-22s %s%n", "rank", "trial", metric + " mean ± sd", "params");
        for (Trial t : best(search, top)) {
            Spread s = t.cv().spread(metric);
            String params = t.params().entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue()))
                    .collect(Collectors.joining(" "));
            out.printf(Locale.ROOT, "  %4d %6d  %-22s %s%n", ranks[t.number() - 1], t.number(),
                    String.format(Locale.ROOT, "%.6g ± %.3g", s.mean(), s.sd()), params.isEmpty() ? "(defaults)" : params);
        }
    }

    private static List<Trial> best(SearchResult search, int top) {
        List<Trial> board = search.leaderboard();
        return board.subList(0, Math.min(top, board.size()));
    }

    private static String format(Object v) {
        return v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : String.valueOf(RecordParams.jsonValue(v));
    }
}
