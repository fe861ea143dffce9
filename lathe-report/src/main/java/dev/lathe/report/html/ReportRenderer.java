package dev.lathe.report.html;

import static dev.lathe.report.Markup.escape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link Report} as one HTML page: head with the stylesheet, header, table of contents, sections. */
final class ReportRenderer {

    private final Report report;
    private final Anchors anchors = new Anchors();
    private final Map<Section, String> sectionIds = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder(1 << 16);

    ReportRenderer(Report report) {
        this.report = report;
    }

    String render() {
        for (Section s : report.sections()) {
            assignIds(s);
        }
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Lathe\">\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(Stylesheet.css()).append("</style>\n</head>\n<body>\n");
        toc();
        out.append("<main>\n<header>\n<h1>").append(escape(report.title())).append("</h1>\n");
        if (report.subtitle() != null) {
            out.append("<p class=\"subtitle\">").append(escape(report.subtitle())).append("</p>\n");
        }
        findingCounts();
        out.append("</header>\n");
        BlockWriter blocks = new BlockWriter(out, anchors);
        for (Section s : report.sections()) {
            section(s, 2, blocks);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void assignIds(Section section) {
        if (sectionIds.put(section, anchors.forTitle(section.title())) != null) {
            throw new IllegalArgumentException("section " + section.title() + " is added twice");
        }
        for (Section sub : section.subsections()) {
            assignIds(sub);
        }
    }

    private void toc() {
        out.append("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n");
        tocList(report.sections());
        out.append("</nav>\n");
    }

    private void tocList(List<Section> sections) {
        if (sections.isEmpty()) {
            return;
        }
        out.append("<ul>\n");
        for (Section s : sections) {
            out.append("<li><a href=\"#").append(sectionIds.get(s)).append("\">").append(escape(s.title()))
                    .append("</a>");
            tocList(s.subsections());
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void findingCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        List<Section> all = new ArrayList<>(report.sections());
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).subsections());
            for (Block b : all.get(i).blocks()) {
                countNotes(b, counts);
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        out.append("<p class=\"findings\">Findings:");
        for (Severity s : Severity.values()) {
            if (counts.containsKey(s)) {
                out.append(" <span class=\"badge badge-").append(s.label()).append("\">").append(counts.get(s))
                        .append(' ').append(s.label()).append("</span>");
            }
        }
        out.append("</p>\n");
    }

    private static void countNotes(Block block, Map<Severity, Integer> counts) {
        if (block instanceof Note note) {
            counts.merge(note.severity(), 1, Integer::sum);
        } else if (block instanceof Tabs tabs) {
            for (Tab t : tabs.tabs()) {
                t.blocks().forEach(b -> countNotes(b, counts));
            }
        }
    }

    private void section(Section section, int level, BlockWriter blocks) {
        int h = Math.min(level, 6);
        out.append("<section id=\"").append(sectionIds.get(section)).append("\">\n");
        if (section.isCollapsible()) {
            out.append(section.startsOpen() ? "<details open>" : "<details>").append("<summary>");
        }
        out.append("<h").append(h).append('>').append(escape(section.title())).append("</h").append(h).append(">");
        out.append(section.isCollapsible() ? "</summary>\n" : "\n");
        for (Block b : section.blocks()) {
            blocks.write(b);
        }
        for (Section sub : section.subsections()) {
            section(sub, level + 1, blocks);
        }
        out.append(section.isCollapsible() ? "</details>\n</section>\n" : "</section>\n");
    }
}
