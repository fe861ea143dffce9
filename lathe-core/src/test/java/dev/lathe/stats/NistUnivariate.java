package dev.lathe.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NIST StRD univariate set (refs/nist/univariate, copied from shared/refs/nist/univariate): the data as
 * doubles and the certified mean, standard deviation (n - 1) and lag-1 autocorrelation.
 */
record NistUnivariate(String name, double[] values, double mean, double sd, double lag1) {

    /** The nine sets. */
    static final String[] SETS = {"PiDigits", "Lottery", "Lew", "Mavro", "Michelso", "NumAcc1", "NumAcc2",
            "NumAcc3", "NumAcc4"};

    static NistUnivariate load(String set) {
        String text;
        try (InputStream in = NistUnivariate.class.getResourceAsStream("/refs/nist/univariate/" + set + ".dat")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String data = text.substring(text.indexOf("\n---", text.indexOf("Data: Y")) + 4).replaceFirst("^-*", "");
        double[] values = Arrays.stream(data.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        return new NistUnivariate(set, values, certified(text, "Sample Mean[^:]*:\\s*(\\S+)"),
                certified(text, "Sample Standard Deviation \\(denom. = n-1\\)[^:]*:\\s*(\\S+)"),
                certified(text, "Autocorrelation Coefficient \\(lag 1\\)[^:]*:\\s*(\\S+)"));
    }

    /**
     * Log relative error as NIST scores it (shared/refs/README.md): correct significant digits, capped at 15;
     * -log10 |estimate| where the certified value is 0.
     */
    static double lre(double estimate, double certified) {
        double err = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return err == 0 ? 15 : Math.min(15, -Math.log10(err));
    }

    private static double certified(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
