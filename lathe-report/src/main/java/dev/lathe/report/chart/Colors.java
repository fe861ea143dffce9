package dev.lathe.report.chart;

/** Colour arithmetic for the charts written as SVG directly. */
final class Colors {

    private Colors() {
    }

    /**
     * The colour {@code t} of the way from {@code a} to {@code b} in RGB, both given as {@code #RRGGBB}.
     *
     * @param t from 0 (gives {@code a}) to 1 (gives {@code b})
     */
    static String mix(String a, String b, double t) {
        int ca = Integer.parseInt(a.substring(1), 16);
        int cb = Integer.parseInt(b.substring(1), 16);
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int x = (ca >> shift) & 0xFF;
            int y = (cb >> shift) & 0xFF;
            rgb |= (int) Math.round(x + (y - x) * t) << shift;
        }
        return String.format("#%06X", rgb);
    }
}
