package dev.lathe.report.html;

import static dev.lathe.report.Markup.escape;

import dev.lathe.report.Numbers;
import dev.lathe.report.chart.Svg;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes each kind of {@link Block} as HTML, giving charts and tab groups ids unique in the page. */
final class BlockWriter {

    private final StringBuilder out;
    private final Anchors anchors;

    BlockWriter(StringBuilder out, Anchors anchors) {
        this.out = out;
        this.anchors = anchors;
    }

    void write(Block block) {
        if (block instanceof Paragraph p) {
            out.append("<p>").append(escape(p.text()).replace("\n", "<br>\n")).append("</p>\n");
        } else if (block instanceof KeyValues kv) {
            keyValues(kv.entries());
        } else if (block instanceof DataTable t) {
            table(t);
        } else if (block instanceof Note n) {
            out.append("<div class=\"note note-").append(n.severity().label()).append("\"><span class=\"badge badge-")
                    .append(n.severity().label()).append("\">").append(n.severity().label()).append("</span> ")
                    .append(escape(n.text())).append("</div>\n");
        } else if (block instanceof Figure f) {
            figure(f);
        } else if (block instanceof FigureGrid g) {
            out.append("<div class=\"grid\">\n");
            g.figures().forEach(this::figure);
            out.append("</div>\n");
        } else if (block instanceof Tabs t) {
            tabs(t.tabs());
        }
    }

    private void keyValues(Map<String, Object> entries) {
        out.append("<table class=\"kv\">\n<tbody>\n");
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            out.append("<tr><th scope=\"row\">").append(escape(e.getKey())).append("</th>");
            cell(e.getValue());
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void table(DataTable table) {
        List<String> columns = table.columns();
        boolean[] numeric = new boolean[columns.size()];
        out.append("<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>");
        for (int c = 0; c < columns.size(); c++) {
            numeric[c] = table.isNumeric(c);
            out.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(escape(columns.get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rowCount(); r++) {
            out.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                cell(table.cell(r, c));
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private void cell(Object value) {
        if (value == null) {
            out.append("<td class=\"empty\"></td>");
        } else if (value instanceof Number n) {
            out.append("<td class=\"num\">").append(escape(number(n))).append("</td>");
        } else {
            out.append("<td>").append(escape(value.toString())).append("</td>");
        }
    }

    private static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return Numbers.format(n.doubleValue());
    }

    private void figure(Figure figure) {
        String id;
        Svg svg;
        do {
            id = anchors.next("fig");
            svg = figure.svg().withIdPrefix(id + "-");
        } while (!anchors.claim(svg.ids()));
        out.append("<figure class=\"chart\" id=\"").append(id).append("\">\n")
                .append(svg.markup())
                .append("\n<figcaption>").append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
    }

    private void tabs(List<Tab> tabs) {
        String group;
        List<String> ids = new ArrayList<>();
        do {
            group = anchors.next("tabs");
            ids.clear();
            for (int i = 1; i <= tabs.size(); i++) {
                ids.add(group + "-" + i);
            }
        } while (!anchors.claim(ids));
        out.append("<div class=\"tabs\">\n");
        for (int i = 0; i < tabs.size(); i++) {
            String id = ids.get(i);
            out.append("<input type=\"radio\" name=\"").append(group).append("\" id=\"").append(id).append('"')
                    .append(i == 0 ? " checked" : "").append("><label for=\"").append(id).append("\">")
                    .append(escape(tabs.get(i).label())).append("</label>\n");
        }
        for (Tab tab : tabs) {
            out.append("<div class=\"tab-panel\">\n");
            tab.blocks().forEach(this::write);
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }
}
