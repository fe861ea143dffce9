package dev.lathe.report.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.monitor.DatasetDrift;
import dev.lathe.monitor.DriftDetector;
import dev.lathe.monitor.DriftOptions;
import org.junit.jupiter.api.Test;

class DriftReportTest {

    @Test
    void drawsTheDriftedColumnsAndListsEveryColumn() {
        double[] a = new double[200];
        double[] b = new double[200];
        String[] c = new String[200];
        String[] d = new String[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i % 37;
            b[i] = i % 37 + 20;
            c[i] = i % 2 == 0 ? "<x>" : "y";
            d[i] = i % 3 == 0 ? "<x>" : "y";
        }
        Frame reference = Frame.of(NumericColumn.of("num", a), CategoricalColumn.of("cat", c));
        Frame current = Frame.of(NumericColumn.of("num", b), CategoricalColumn.of("cat", d));
        DatasetDrift drift = new DriftDetector(DriftOptions.defaults()).detect(reference, current);
        String html = DriftReport.of("Drift <test>", drift, reference, current).toHtml();
        assertThat(html).contains("Drift &lt;test&gt;", "Data set drift: 2 of 2 columns drifted", "ks", "z",
                "&lt;x&gt;", "reference share", "<svg").doesNotContain("<x>");
    }
}
