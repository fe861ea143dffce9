package dev.lathe.report.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.report.chart.SvgXml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The structural checks every explore page passes: links resolve, ids are unique, charts are well-formed. */
final class PageStructure {

    static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
    private static final Pattern CAPTION = Pattern.compile("<figcaption>(.*?)</figcaption>", Pattern.DOTALL);

    private PageStructure() {
    }

    static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return out;
    }

    /** The captions of the page's charts, in page order, unescaped. */
    static List<String> captions(String html) {
        return all(CAPTION, html).stream().map(PageStructure::unescape).toList();
    }

    /** The labels of the page's tabs, in page order, unescaped. */
    static List<String> tabLabels(String html) {
        return all(Pattern.compile("<label for=\"[^\"]+\">([^<]+)</label>"), html).stream()
                .map(PageStructure::unescape).toList();
    }

    private static String unescape(String text) {
        return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Checks the page and returns its charts' count. */
    static int check(String html) throws Exception {
        List<String> ids = all(ID, html);
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> idSet = new HashSet<>(ids);
        assertThat(all(HREF, html)).isNotEmpty().allMatch(idSet::contains);
        assertThat(all(Pattern.compile("url\\(#([^)]+)\\)"), html)).allMatch(idSet::contains);
        assertThat(all(Pattern.compile("<label for=\"([^\"]+)\""), html)).allMatch(idSet::contains);
        List<String> svgs = all(SVG, html);
        for (String svg : svgs) {
            assertThat(SvgXml.parse(svg).getDocumentElement().getAttribute("viewBox")).isNotEmpty();
        }
        assertThat(html.split("<figure class=\"chart\"", -1).length - 1).isEqualTo(svgs.size());
        assertThat(captions(html)).hasSize(svgs.size());
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script", "<link");
        return svgs.size();
    }
}
