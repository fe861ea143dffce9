package dev.lathe.model.tree;

import java.util.Locale;

/**
 * The {@code max_features} setting: how many features a split considers. Written as scikit-learn takes
 * it: {@code sqrt}, {@code log2}, a whole number ({@code 5}), a fraction in (0, 1] ({@code 0.5}) or
 * {@code all} (null means all).
 */
public final class MaxFeatures {

    private MaxFeatures() {
    }

    /**
     * How many of {@code p} features to draw at each split (at least 1, at most p).
     *
     * @param setting the setting as above; null for all
     * @param p       number of features
     */
    public static int count(String setting, int p) {
        if (setting == null) {
            return p;
        }
        String s = setting.trim().toLowerCase(Locale.ROOT);
        int k = switch (s) {
            case "all", "none" -> p;
            case "sqrt" -> (int) Math.sqrt(p);
            case "log2" -> (int) (Math.log(p) / Math.log(2));
            default -> numeric(s, p);
        };
        return Math.max(1, Math.min(p, k));
    }

    /** Checks a setting without knowing the feature count; a clear error otherwise. */
    public static String check(String setting) {
        count(setting, 1);
        return setting;
    }

    private static int numeric(String s, int p) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(s);
        }
        boolean whole = !s.contains(".") && !s.contains("e");
        if (whole && v >= 1) {
            return (int) v;
        }
        if (!whole && v > 0 && v <= 1) {
            return (int) (v * p);
        }
        throw bad(s);
    }

    private static IllegalArgumentException bad(String s) {
        return new IllegalArgumentException("max_features must be sqrt, log2, all, a whole number at least 1 or a "
                + "fraction in (0, 1], got '" + s + "'");
    }
}
