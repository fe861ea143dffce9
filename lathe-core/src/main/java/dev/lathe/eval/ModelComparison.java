package dev.lathe.eval;

import dev.lathe.model.HasLikelihood;
import dev.lathe.model.Likelihood;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Candidate fitted models ranked by AIC, with what Burnham and Anderson (2002, section 2.9) report beside
 * it: delta-AIC (AIC minus the smallest), Akaike weights exp(-delta/2) / sum exp(-delta/2) (the weight of
 * evidence for each model among the candidates), BIC and delta-BIC, the log-likelihood, k and n. Only
 * likelihoods of the same target values (name and every value), the same number of rows and the same
 * kind (Gaussian density or class probabilities) are comparable; other sets are refused with a message.
 *
 * @param rows one row per candidate, lowest AIC first (ties by name)
 */
public record ModelComparison(List<Row> rows) {

    /**
     * One candidate.
     *
     * @param name             the candidate's name, as given
     * @param logLikelihood    its log-likelihood on the training rows
     * @param parameterCount   its k
     * @param observationCount its n (equal for every row)
     * @param aic              -2 llf + 2k
     * @param deltaAic         aic less the smallest aic, at least 0
     * @param akaikeWeight     exp(-deltaAic / 2) over the sum of that over every candidate, in [0, 1]
     * @param bic              -2 llf + k ln n
     * @param deltaBic         bic less the smallest bic, at least 0
     */
    public record Row(String name, double logLikelihood, int parameterCount, int observationCount, double aic,
                      double deltaAic, double akaikeWeight, double bic, double deltaBic) {
    }

    public ModelComparison {
        rows = List.copyOf(rows);
    }

    /**
     * Ranks fitted models by AIC.
     *
     * @param candidates fitted models by name, at least one; each must have a likelihood (an unpenalised
     *                   fit), all fitted to the same target rows
     * @throws IllegalArgumentException when there is no candidate, a candidate has no likelihood, or the
     *                                  candidates differ in their rows, target or kind of likelihood
     */
    public static ModelComparison of(Map<String, ? extends HasLikelihood> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("give at least one fitted model to compare");
        }
        List<String> names = new ArrayList<>(candidates.keySet());
        List<Likelihood> likelihoods = new ArrayList<>();
        for (String name : names) {
            likelihoods.add(likelihood(name, candidates.get(name)));
        }
        String firstName = names.get(0);
        Likelihood first = likelihoods.get(0);
        for (int c = 1; c < names.size(); c++) {
            comparable(firstName, first, names.get(c), likelihoods.get(c));
        }
        double minAic = Double.POSITIVE_INFINITY;
        double minBic = Double.POSITIVE_INFINITY;
        for (Likelihood l : likelihoods) {
            minAic = Math.min(minAic, l.aic());
            minBic = Math.min(minBic, l.bic());
        }
        double total = 0;
        for (Likelihood l : likelihoods) {
            total += Math.exp(-(l.aic() - minAic) / 2);
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            Likelihood l = likelihoods.get(c);
            double delta = l.aic() - minAic;
            rows.add(new Row(names.get(c), l.logLikelihood(), l.parameterCount(), l.observationCount(), l.aic(), delta,
                    Math.exp(-delta / 2) / total, l.bic(), l.bic() - minBic));
        }
        rows.sort(Comparator.comparingDouble(Row::aic).thenComparing(Row::name));
        return new ModelComparison(rows);
    }

    /** The candidate with the lowest AIC. */
    public Row best() {
        return rows.get(0);
    }

    private static Likelihood likelihood(String name, HasLikelihood model) {
        if (name == null || name.isBlank() || model == null) {
            throw new IllegalArgumentException("every candidate needs a non-blank name and a fitted model, got '"
                    + name + "' -> " + model);
        }
        try {
            return model.likelihood();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("candidate '" + name + "' cannot be compared: " + e.getMessage(), e);
        }
    }

    private static void comparable(String a, Likelihood la, String b, Likelihood lb) {
        if (la.family() != lb.family()) {
            throw new IllegalArgumentException("candidates '" + a + "' and '" + b + "' have different kinds of"
                    + " likelihood (" + label(la) + " and " + label(lb) + "); their log-likelihoods are not on one"
                    + " scale, so AIC cannot rank them");
        }
        if (la.observationCount() != lb.observationCount()) {
            throw new IllegalArgumentException("candidates '" + a + "' and '" + b + "' were fitted on different"
                    + " numbers of rows (" + la.observationCount() + " and " + lb.observationCount() + "); AIC and"
                    + " BIC compare models fitted to the same rows only");
        }
        if (!la.target().equals(lb.target())) {
            throw new IllegalArgumentException("candidates '" + a + "' and '" + b + "' were fitted to different"
                    + " targets (the target columns differ in name, type or values); AIC and BIC compare models"
                    + " fitted to the same target rows only");
        }
    }

    private static String label(Likelihood l) {
        return l.family() == Likelihood.Family.GAUSSIAN ? "a Gaussian density" : "class probabilities";
    }

    /** The rows as a fixed-width text table, one candidate per line, lowest AIC first. */
    public String table() {
        int width = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-" + width + "s %14s %4s %6s %12s %9s %8s %12s %9s%n", "model", "log_likelihood", "k", "n",
                "aic", "delta_aic", "weight", "bic", "delta_bic"));
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "%-" + width + "s %14.4f %4d %6d %12.4f %9.4f %8.4f %12.4f %9.4f%n",
                    r.name(), r.logLikelihood(), r.parameterCount(), r.observationCount(), r.aic(), r.deltaAic(),
                    r.akaikeWeight(), r.bic(), r.deltaBic()));
        }
        return out.toString();
    }
}
