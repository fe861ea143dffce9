package dev.lathe.report.chart;

/** Makes AWT run without a display before XChart first touches it. */
final class Headless {

    static final String PROPERTY = "java.awt.headless";

    private Headless() {
    }

    /**
     * Sets {@code java.awt.headless=true} unless the application chose a value itself (a desktop application
     * that embeds Lathe keeps its display). Must run before the first AWT graphics environment is created.
     */
    static void ensure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
