package dev.lathe.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesMarkupQuotesAndControlCharacters() {
        assertThat(Markup.escape("<script>a & 'b' \"c\"</script>"))
                .isEqualTo("&lt;script&gt;a &amp; &#39;b&#39; &quot;c&quot;&lt;/script&gt;");
        assertThat(Markup.escape("a\u0001b\tc")).isEqualTo("a\uFFFDb\tc");
        assertThat(Markup.escape(null)).isEmpty();
    }
}
