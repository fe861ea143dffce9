package dev.lathe.model.tree;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/** A fitted classification tree: predicts the class frequencies of the leaf each row reaches. */
public final class TreeClassifierModel implements Classifier, TreeExplainable {

    /** Type name in model files. */
    public static final String TYPE = "decision_tree_classifier";

    private final List<String> classes;
    private final Tree tree;

    /**
     * @param classes the class labels, in the order of the tree's values
     * @param tree    the fitted tree, one value per class
     */
    public TreeClassifierModel(List<String> classes, Tree tree) {
        if (tree.valueWidth() != classes.size()) {
            throw new IllegalArgumentException(classes.size() + " classes but the tree holds " + tree.valueWidth()
                    + " values per node");
        }
        this.classes = List.copyOf(classes);
        this.tree = tree;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public double[][] predictProba(Frame x) {
        return TreeVotes.mean(List.of(tree), x);
    }

    @Override
    public AdditiveTrees additiveTrees() {
        return AdditiveTrees.mean(List.of(tree), classes);
    }

    @Override
    public double[][] treeInputs(Frame x) {
        return TreeVotes.inputs(tree, x);
    }

    @Override
    public String explainedScale() {
        return "probability";
    }

    /** The tree's structure. */
    public Tree tree() {
        return tree;
    }

    /** Impurity-based importance per feature, summing to 1 (see {@link Tree#featureImportances()}). */
    public double[] featureImportances() {
        return tree.featureImportances();
    }

    /** The tree as indented text. */
    public String exportText() {
        return TreeExport.text(tree, classes);
    }

    /** The tree as a Graphviz DOT graph. */
    public String exportDot() {
        return TreeExport.dot(tree, classes);
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("classes", classes);
        TreeArrays.save(out, List.of(tree));
    }

    /** Reads what {@link #save} wrote. */
    public static TreeClassifierModel load(StepReader in) {
        List<Tree> trees = TreeArrays.load(in);
        if (trees.size() != 1) {
            throw in.fail("holds " + trees.size() + " trees, expected 1");
        }
        return new TreeClassifierModel(in.getStrings("classes"), trees.get(0));
    }
}
