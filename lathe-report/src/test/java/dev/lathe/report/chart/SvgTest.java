package dev.lathe.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgTest {

    private static final String MARKUP = "<svg viewBox=\"0 0 10 10\"><defs><clipPath id=\"c1\"/>"
            + "<linearGradient id=\"g\"/></defs><rect clip-path=\"url(#c1)\" fill=\"url(#g)\"/>"
            + "<use href=\"#g\"/></svg>";

    @Test
    void prefixesEveryIdAndEveryReference() {
        Svg svg = new Svg(MARKUP, 10, 10).withIdPrefix("fig2-");
        assertThat(svg.ids()).containsExactly("fig2-c1", "fig2-g");
        assertThat(svg.markup()).contains("url(#fig2-c1)", "url(#fig2-g)", "href=\"#fig2-g\"")
                .doesNotContain("\"c1\"", "#c1)", "#g)");
    }

    @Test
    void refusesWhatCannotBeInlined() {
        assertThatThrownBy(() -> new Svg("<?xml version=\"1.0\"?><svg viewBox=\"0 0 1 1\"></svg>", 1, 1))
                .hasMessageContaining("not an inline <svg>");
        assertThatThrownBy(() -> new Svg("<svg width=\"1\"></svg>", 1, 1)).hasMessageContaining("viewBox");
        assertThatThrownBy(() -> new Svg(MARKUP, 10, 10).withIdPrefix("1 x")).hasMessageContaining("prefix");
    }
}
