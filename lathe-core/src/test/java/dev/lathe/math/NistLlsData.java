package dev.lathe.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NIST StRD linear least-squares set read from its .dat file (test resources refs/nist/lls, copied from
 * shared/refs): data, design and certified values.
 */
public record NistLlsData(String name, double[] y, double[][] design, double[][] designLow, double[] coefficients,
                          double[] standardErrors, double residualSd, double rSquared, boolean intercept) {

    /** Polynomial degree of each set's model; Longley is linear in its six predictors. */
    private static int degree(String name) {
        return switch (name) {
            case "Pontius" -> 2;
            case "Filip" -> 10;
            case "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5" -> 5;
            default -> 1;
        };
    }

    /** Reads {@code name}.dat. */
    public static NistLlsData load(String name) {
        String text;
        try (InputStream in = NistLlsData.class.getResourceAsStream("/refs/nist/lls/" + name + ".dat")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<double[]> params = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*B(\\d+)\\s+(\\S+)\\s+(\\S+)").matcher(text);
        while (m.find()) {
            params.add(new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
        }
        double residualSd = number(text, "Residual\\s+Standard Deviation\\s+(\\S+)");
        double r2 = number(text, "R-Squared\\s+(\\S+)");
        int dataAt = text.lastIndexOf("Data:");
        String[] lines = text.substring(text.indexOf('\n', dataAt) + 1).trim().split("\\R");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split("\\s+");
                double[] row = new double[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    row[k] = Double.parseDouble(parts[k]);
                }
                rows.add(row);
            }
        }
        int n = rows.size();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rows.get(i)[0];
        }
        boolean intercept = !name.startsWith("NoInt");
        int predictors = rows.get(0).length - 1;
        List<double[]> columns = new ArrayList<>();
        List<double[]> low = new ArrayList<>();
        if (intercept) {
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1);
            columns.add(ones);
            low.add(new double[n]);
        }
        if (predictors > 1) {
            for (int j = 1; j <= predictors; j++) {
                double[] c = new double[n];
                for (int i = 0; i < n; i++) {
                    c[i] = rows.get(i)[j];
                }
                columns.add(c);
                low.add(new double[n]);
            }
        } else {
            int degree = degree(name);
            double[][] hi = new double[degree][n];
            double[][] lo = new double[degree][n];
            for (int i = 0; i < n; i++) {
                double[][] pw = CompensatedDot.powers(rows.get(i)[1], degree);
                for (int d = 0; d < degree; d++) {
                    hi[d][i] = pw[0][d];
                    lo[d][i] = pw[1][d];
                }
            }
            columns.addAll(List.of(hi));
            low.addAll(List.of(lo));
        }
        double[] coef = new double[params.size()];
        double[] se = new double[params.size()];
        for (int k = 0; k < coef.length; k++) {
            coef[k] = params.get(k)[0];
            se[k] = params.get(k)[1];
        }
        return new NistLlsData(name, y, columns.toArray(double[][]::new), low.toArray(double[][]::new), coef, se,
                residualSd, r2, intercept);
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex);
        }
        return Double.parseDouble(m.group(1));
    }

    /** Log relative error, capped at 15: the number of correct significant digits. */
    public static double lre(double estimate, double certified) {
        double err = certified == 0 ? Math.abs(estimate) : Math.abs(estimate - certified) / Math.abs(certified);
        return err == 0 ? 15 : Math.min(15, -Math.log10(err));
    }
}
