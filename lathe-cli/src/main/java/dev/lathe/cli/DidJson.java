package dev.lathe.cli;

import dev.lathe.stats.causal.CellMean;
import dev.lathe.stats.causal.Contrast;
import dev.lathe.stats.causal.DidAnalysis;
import dev.lathe.stats.causal.DidFit;
import dev.lathe.stats.causal.DidTable;
import dev.lathe.stats.causal.EventCoefficient;
import dev.lathe.stats.causal.EventStudyResult;
import dev.lathe.stats.regression.Coefficient;
import dev.lathe.stats.regression.WaldTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON document of {@code lathe stats did --json}. */
final class DidJson {

    private DidJson() {
    }

    static Map<String, Object> of(DidAnalysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("outcome", a.spec().outcome());
        design.put("treated", a.spec().treated());
        design.put("post", a.spec().post());
        design.put("unit", a.spec().unit());
        design.put("time", a.spec().time());
        design.put("covariates", a.spec().covariates());
        design.put("covariance_type", a.regression().covariance().name().toLowerCase(Locale.ROOT));
        design.put("cluster", a.fit().regression().covarianceType().name().equals("CLUSTER")
                ? (a.regression().cluster() != null ? a.regression().cluster() : a.spec().unit()) : null);
        m.put("design", design);
        m.put("means", means(a.means()));
        m.put("regression", fit(a.fit(), true));
        Map<String, Object> twoWay = a.twoWay() == null ? null : fit(a.twoWay(), false);
        if (twoWay != null) {
            twoWay.put("absorbed", a.spec().unit());
        }
        m.put("two_way_fixed_effects", twoWay);
        m.put("event_study", a.eventStudy() == null ? null : events(a.eventStudy()));
        m.put("placebo", a.placebo() == null ? null : fit(a.placebo(), false));
        m.put("notes", a.notes());
        return m;
    }

    private static Map<String, Object> means(DidTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", t.rows());
        m.put("balanced", t.balanced());
        m.put("paired", t.paired());
        m.put("control_pre", cell(t.controlPre()));
        m.put("control_post", cell(t.controlPost()));
        m.put("treated_pre", cell(t.treatedPre()));
        m.put("treated_post", cell(t.treatedPost()));
        m.put("difference_pre", contrast(t.differencePre()));
        m.put("difference_post", contrast(t.differencePost()));
        m.put("change_control", contrast(t.changeControl()));
        m.put("change_treated", contrast(t.changeTreated()));
        m.put("did", contrast(t.did()));
        return m;
    }

    private static Map<String, Object> cell(CellMean c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", Json.number(c.mean()));
        m.put("std_error", Json.number(c.stdError()));
        m.put("n", c.n());
        return m;
    }

    private static Map<String, Object> contrast(Contrast c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", Json.number(c.estimate()));
        m.put("std_error", Json.number(c.stdError()));
        m.put("z", Json.number(c.z()));
        m.put("p_value", Json.number(c.pValue()));
        m.put("ci_low", Json.number(c.ciLow(0.95)));
        m.put("ci_high", Json.number(c.ciHigh(0.95)));
        return m;
    }

    private static Map<String, Object> fit(DidFit f, boolean allCoefficients) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formula", f.regression().formula());
        m.put("n", f.regression().n());
        m.put("effect", coefficient(f.effect()));
        if (allCoefficients) {
            List<Map<String, Object>> list = new ArrayList<>();
            f.regression().coefficients().forEach(c -> list.add(coefficient(c)));
            m.put("coefficients", list);
        }
        return m;
    }

    private static Map<String, Object> coefficient(Coefficient c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", c.term());
        m.put("estimate", Json.number(c.estimate()));
        m.put("std_error", Json.number(c.stdError()));
        m.put("statistic", Json.number(c.statistic()));
        m.put("p_value", Json.number(c.pValue()));
        m.put("ci_low", Json.number(c.ciLow()));
        m.put("ci_high", Json.number(c.ciHigh()));
        return m;
    }

    private static Map<String, Object> events(EventStudyResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", r.reference());
        List<Map<String, Object>> list = new ArrayList<>();
        for (EventCoefficient c : r.coefficients()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event_time", c.eventTime());
            e.put("estimate", Json.number(c.estimate()));
            e.put("std_error", Json.number(c.stdError()));
            e.put("p_value", Json.number(c.pValue()));
            e.put("ci_low", Json.number(c.ciLow()));
            e.put("ci_high", Json.number(c.ciHigh()));
            e.put("rows", c.rows());
            list.add(e);
        }
        m.put("coefficients", list);
        WaldTest w = r.preTrend();
        if (w == null) {
            m.put("pre_trend", null);
        } else {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("terms", w.terms());
            t.put("f", Json.number(w.f()));
            t.put("df1", w.df1());
            t.put("df2", w.df2());
            t.put("p_value", Json.number(w.pValue()));
            t.put("chi_square", Json.number(w.chiSquare()));
            t.put("chi_square_p_value", Json.number(w.chiSquareP()));
            m.put("pre_trend", t);
        }
        return m;
    }
}
