package dev.lathe.cli;

import dev.lathe.stats.ab.MeansDesign;
import dev.lathe.stats.ab.ProportionsDesign;
import dev.lathe.stats.ab.SampleSize;
import dev.lathe.stats.test.Alternative;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lathe stats ab design}: what the command solves for follows from what is given: {@code --power} alone gives
 * the sample size, {@code --n} alone the power, both the minimum detectable effect.
 */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = {"Power, sample size or minimum detectable effect of an A/B test.",
                "Give --power for the sample size, --n for the power, both for the minimum detectable effect.",
                "Means: --effect D (Cohen's d) or --delta X --sd S. Proportions: --p1 and --p2, or --h (Cohen's h)."})
final class AbDesignCommand implements Callable<Integer> {

    @Option(names = "--metric", defaultValue = "proportion", paramLabel = "KIND",
            description = "mean (t test) or proportion (Normal approximation) (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--effect", paramLabel = "D", description = "Cohen's d: difference in means over the SD.")
    Double effect;

    @Option(names = "--delta", paramLabel = "X", description = "Difference in means, with --sd.")
    Double delta;

    @Option(names = "--sd", paramLabel = "S", description = "Standard deviation of the metric, with --delta.")
    Double sd;

    @Option(names = "--p1", paramLabel = "P", description = "Control conversion rate.")
    Double p1;

    @Option(names = "--p2", paramLabel = "P", description = "Variant conversion rate.")
    Double p2;

    @Option(names = "--h", paramLabel = "H", description = "Cohen's h = 2 asin(sqrt(p2)) - 2 asin(sqrt(p1)).")
    Double h;

    @Option(names = "--n", paramLabel = "N", description = "Units in the control group (n1); all units with --one-sample.")
    Double n;

    @Option(names = "--power", paramLabel = "P", description = "Target power, e.g. 0.8.")
    Double power;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--alternative", defaultValue = "two-sided", paramLabel = "SIDE",
            description = "two-sided, greater (variant above control) or less (default: ${DEFAULT-VALUE}).")
    String alternative;

    @Option(names = "--ratio", defaultValue = "1", description = "n2 / n1 (default: ${DEFAULT-VALUE}).")
    double ratio;

    @Option(names = "--one-sample", description = "Means: one sample or paired differences instead of two groups.")
    boolean oneSample;

    @Option(names = "--strict", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Two-sided power counts rejections in both tails (default); --no-strict counts only the "
                    + "effect's side, as R's power.t.test and power.prop.test do by default.")
    boolean strict;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Alternative alt = Alternative.parse(alternative);
        if (power == null && n == null) {
            throw new IllegalArgumentException("give --power (for the sample size), --n (for the power) or both "
                    + "(for the minimum detectable effect)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", metric);
        out.put("alpha", alpha);
        out.put("alternative", alt.label());
        out.put("ratio", ratio);
        out.put("strict", strict);
        switch (metric.toLowerCase(Locale.ROOT)) {
            case "mean" -> means(new MeansDesign(!oneSample, ratio, alpha, alt, strict), out);
            case "proportion" -> proportions(new ProportionsDesign(ratio, alpha, alt, strict), out);
            default -> throw new IllegalArgumentException("--metric must be mean or proportion, got '" + metric + "'");
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(json ? Json.write(out) : text(out));
        w.flush();
        return 0;
    }

    private void means(MeansDesign d, Map<String, Object> out) {
        Double e = effect;
        if (e == null && delta != null) {
            if (sd == null || !(sd > 0)) {
                throw new IllegalArgumentException("--delta needs --sd, a positive standard deviation, got " + sd);
            }
            e = delta / sd;
        }
        if (power != null && n != null) {
            out.put("solve", "minimum_effect");
            out.put("n1", n);
            out.put("power", power);
            double mde = d.minimumEffect(n, power);
            out.put("effect", mde);
            if (sd != null) {
                out.put("minimum_difference", mde * sd);
            }
            return;
        }
        if (e == null) {
            throw new IllegalArgumentException("--metric mean needs --effect D or --delta X --sd S");
        }
        out.put("effect", e);
        if (power != null) {
            out.put("solve", "sample_size");
            out.put("power", power);
            sizes(d.sampleSize(e, power), out);
        } else {
            out.put("solve", "power");
            out.put("n1", n);
            out.put("power", d.power(n, e));
        }
    }

    private void proportions(ProportionsDesign d, Map<String, Object> out) {
        if (power != null && n != null) {
            if (p1 == null) {
                throw new IllegalArgumentException("the minimum detectable p2 needs --p1, the control's rate");
            }
            out.put("solve", "minimum_effect");
            out.put("p1", p1);
            out.put("n1", n);
            out.put("power", power);
            double p2min = d.minimumDetectable(p1, n, power);
            out.put("p2", p2min);
            out.put("minimum_difference", p2min - p1);
            out.put("h", ProportionsDesign.cohenH(p1, p2min));
            return;
        }
        boolean byH = h != null;
        if (!byH && (p1 == null || p2 == null)) {
            throw new IllegalArgumentException("--metric proportion needs --p1 and --p2, or --h");
        }
        if (byH) {
            out.put("h", h);
        } else {
            out.put("p1", p1);
            out.put("p2", p2);
            out.put("h", ProportionsDesign.cohenH(p1, p2));
        }
        if (power != null) {
            out.put("solve", "sample_size");
            out.put("power", power);
            sizes(byH ? d.sampleSizeForH(h, power) : d.sampleSize(p1, p2, power), out);
        } else {
            out.put("solve", "power");
            out.put("n1", n);
            out.put("power", byH ? d.powerForH(h, n) : d.power(p1, p2, n));
        }
    }

    private static void sizes(SampleSize s, Map<String, Object> out) {
        out.put("n1_exact", s.exact());
        out.put("n1", s.first());
        out.put("n2", s.second());
        out.put("total", s.total());
    }

    private static String text(Map<String, Object> out) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : out.entrySet()) {
            Object v = e.getValue();
            b.append(String.format(Locale.ROOT, "%-20s %s%n", e.getKey().replace('_', ' '),
                    v instanceof Double d ? new BigDecimal(d).round(new MathContext(7)).stripTrailingZeros()
                            .toPlainString() : v));
        }
        return b.toString().stripTrailing();
    }
}
