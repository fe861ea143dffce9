package dev.lathe.model.tree;

import java.util.List;
import java.util.Locale;

/**
 * Renders any {@link TreeStructure} for people: indented text (as scikit-learn's {@code export_text}) and
 * Graphviz DOT (render with {@code dot -Tsvg tree.dot}).
 */
public final class TreeExport {

    private TreeExport() {
    }

    /**
     * One line per node: splits as {@code |--- name <= threshold}, leaves as {@code |--- class: label}
     * (classification, the most probable class) or {@code |--- value: [v]}.
     *
     * @param tree    the tree
     * @param classes class labels in value order for a classification tree, or null for regression
     */
    public static String text(TreeStructure tree, List<String> classes) {
        StringBuilder sb = new StringBuilder();
        text(tree, classes, 0, 0, sb);
        return sb.toString();
    }

    private static void text(TreeStructure tree, List<String> classes, int node, int depth, StringBuilder sb) {
        String indent = "|   ".repeat(depth) + "|--- ";
        if (tree.isLeaf(node)) {
            sb.append(indent).append(leafLabel(tree, classes, node)).append('\n');
            return;
        }
        String name = tree.featureNames().get(tree.feature(node));
        String t = number(tree.threshold(node));
        String missing = tree.missingGoesLeft(node) ? " (missing)" : "";
        sb.append(indent).append(name).append(" <= ").append(t).append(missing).append('\n');
        text(tree, classes, tree.left(node), depth + 1, sb);
        sb.append(indent).append(name).append(" >  ").append(t).append(tree.missingGoesLeft(node) ? "" : " (missing)")
                .append('\n');
        text(tree, classes, tree.right(node), depth + 1, sb);
    }

    /** A Graphviz digraph: boxes with the split or the leaf value, the cover, and yes/no edges. */
    public static String dot(TreeStructure tree, List<String> classes) {
        StringBuilder sb = new StringBuilder("digraph tree {\n  node [shape=box, fontname=\"helvetica\"];\n");
        for (int node = 0; node < tree.nodeCount(); node++) {
            String label = tree.isLeaf(node) ? leafLabel(tree, classes, node)
                    : tree.featureNames().get(tree.feature(node)) + " <= " + number(tree.threshold(node));
            sb.append("  ").append(node).append(" [label=\"").append(escape(label)).append("\\ncover = ")
                    .append(number(tree.cover(node))).append("\"];\n");
            if (!tree.isLeaf(node)) {
                boolean m = tree.missingGoesLeft(node);
                sb.append("  ").append(node).append(" -> ").append(tree.left(node)).append(" [label=\"yes")
                        .append(m ? ", missing" : "").append("\"];\n");
                sb.append("  ").append(node).append(" -> ").append(tree.right(node)).append(" [label=\"no")
                        .append(m ? "" : ", missing").append("\"];\n");
            }
        }
        return sb.append("}\n").toString();
    }

    private static String leafLabel(TreeStructure tree, List<String> classes, int node) {
        double[] v = tree.value(node);
        if (classes == null) {
            return "value: [" + number(v[0]) + "]";
        }
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return "class: " + classes.get(best);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replace(".e", "e")
                .replaceAll("\\.$", "");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
