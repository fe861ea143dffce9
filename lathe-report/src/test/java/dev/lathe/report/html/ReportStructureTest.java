package dev.lathe.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.report.SampleReport;
import dev.lathe.report.chart.ClassifierCurves;
import dev.lathe.report.chart.Curve;
import dev.lathe.report.chart.Svg;
import dev.lathe.report.chart.SvgXml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStructureTest {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");

    private static String html;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        html = SampleReport.build().toHtml();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return out;
    }

    @Test
    void everySectionIsInTheContentsAndEveryContentsLinkHasItsSection() {
        Report report = SampleReport.build();
        List<String> titles = new ArrayList<>();
        for (Section s : report.sections()) {
            titles.add(s.title());
            s.subsections().forEach(sub -> titles.add(sub.title()));
        }
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        for (String title : titles) {
            assertThat(nav).contains(">" + title + "</a>");
            assertThat(html).containsPattern("<h[23]>" + Pattern.quote(title) + "</h[23]>");
        }
        Set<String> ids = new HashSet<>(all(ID, html));
        assertThat(all(HREF, nav)).hasSize(titles.size()).allMatch(ids::contains);
        for (String link : all(HREF, nav)) {
            assertThat(html).contains("<section id=\"" + link + "\">");
        }
    }

    @Test
    void everyChartIsEmbeddedAsWellFormedSvgWithACaption() throws Exception {
        List<String> svgs = all(SVG, html);
        assertThat(svgs).hasSize(19);
        assertThat(html.split("<figure class=\"chart\"", -1).length - 1).isEqualTo(svgs.size());
        assertThat(html.split("<figcaption>", -1).length - 1).isEqualTo(svgs.size());
        for (String svg : svgs) {
            assertThat(SvgXml.parse(svg).getDocumentElement().getAttribute("viewBox")).isNotEmpty();
        }
        assertThat(html).doesNotContain("<?xml", "<!DOCTYPE svg");
    }

    @Test
    void idsAreUniqueAndEveryInternalReferenceResolves() {
        List<String> ids = all(ID, html);
        assertThat(ids).doesNotHaveDuplicates();
        Set<String> idSet = new HashSet<>(ids);
        assertThat(all(Pattern.compile("url\\(#([^)]+)\\)"), html)).isNotEmpty().allMatch(idSet::contains);
        assertThat(all(HREF, html)).allMatch(idSet::contains);
        assertThat(all(Pattern.compile("<label for=\"([^\"]+)\""), html)).hasSize(3).allMatch(idSet::contains);
    }

    @Test
    void twoCopiesOfOneChartDoNotClash() {
        Svg roc = ClassifierCurves.roc("t", List.of(new Curve("m", new double[] {0, 1}, new double[] {0, 1})));
        String page = Report.titled("t").section(Section.titled("fig1 c1").figure("a", roc).figure("b", roc)).toHtml();
        assertThat(all(ID, page)).doesNotHaveDuplicates().contains("fig1-c1");
    }

    @Test
    void everythingUserSuppliedIsEscaped() {
        assertThat(html).doesNotContain(SampleReport.HOSTILE_COLUMN).doesNotContain("<script");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        String page = Report.titled("<b>t</b>").subtitle("a & b")
                .section(Section.titled("<i>s</i>").paragraph("<p>")
                        .keyValues(Map.of("<k>", "<v>"))
                        .table(DataTable.of("<script>").row("<td>"))
                        .note(Severity.WARNING, "<img src=x>")
                        .tabs(List.of(new Tab("<tab>", List.of(new Paragraph("x"))))))
                .toHtml();
        assertThat(page).doesNotContain("<b>t", "<i>s", "<p><p>", "<k>", "<v>", "<script", "<td><td>", "<img", "<tab>")
                .contains("<title>&lt;b&gt;t&lt;/b&gt;</title>", "a &amp; b", "<th scope=\"col\">&lt;script&gt;</th>");
    }

    @Test
    void numbersAreFormattedAndRightAligned() {
        String page = Report.titled("t").section(Section.titled("s").table(
                DataTable.of("name", "value", "count").row("a", 0.123456, 12).row("b", null, 3_000_000_000L)))
                .toHtml();
        assertThat(page).contains("<th scope=\"col\">name</th><th scope=\"col\" class=\"num\">value</th>",
                "<td class=\"num\">0.1235</td>", "<td class=\"num\">3000000000</td>", "<td class=\"empty\"></td>");
    }

    @Test
    void pageIsSelfContained() {
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//")
                .doesNotContain("<link", "<script", "@import")
                .contains("<style>", "<meta charset=\"utf-8\">");
        assertThat(html).contains("badge-critical\">1 critical", "badge-warning\">2 warning", "badge-info\">1 info");
    }

    @Test
    void writesTheFileAtomicallyAsUtf8() throws Exception {
        Path file = dir.resolve("report.html");
        Report report = Report.titled("Résumé \u2013 ü").section(Section.titled("s").paragraph("x"));
        report.write(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.toHtml());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThatThrownBy(() -> report.write(dir.resolve("missing/report.html")))
                .hasMessageContaining("folder does not exist");
    }

    @Test
    void badStructureIsRefused() {
        assertThatThrownBy(() -> Report.titled(" ")).hasMessageContaining("title");
        assertThatThrownBy(() -> Section.titled(null)).hasMessageContaining("title");
        assertThatThrownBy(() -> DataTable.of("a", "b").row(1)).hasMessageContaining("row 1 has 1 cells");
        assertThatThrownBy(() -> new Tabs(List.of())).hasMessageContaining("1 to 8");
        Section twice = Section.titled("s");
        assertThatThrownBy(() -> Report.titled("t").section(twice).section(twice).toHtml())
                .hasMessageContaining("added twice");
    }
}
