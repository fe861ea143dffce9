package dev.lathe.model.tree;

import dev.lathe.frame.Frame;
import dev.lathe.model.Regressor;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/** A fitted regression tree: predicts the mean training target of the leaf each row reaches. */
public final class TreeRegressorModel implements Regressor, TreeExplainable {

    /** Type name in model files. */
    public static final String TYPE = "decision_tree_regressor";

    private final Tree tree;

    /** @param tree the fitted tree, one value per node */
    public TreeRegressorModel(Tree tree) {
        if (tree.valueWidth() != 1) {
            throw new IllegalArgumentException("a regression tree holds one value per node, got " + tree.valueWidth());
        }
        this.tree = tree;
    }

    @Override
    public double[] predict(Frame x) {
        double[][] v = TreeVotes.mean(List.of(tree), x);
        double[] out = new double[v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i][0];
        }
        return out;
    }

    @Override
    public AdditiveTrees additiveTrees() {
        return AdditiveTrees.mean(List.of(tree), List.of("prediction"));
    }

    @Override
    public double[][] treeInputs(Frame x) {
        return TreeVotes.inputs(tree, x);
    }

    @Override
    public String explainedScale() {
        return "prediction";
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
        return TreeExport.text(tree, null);
    }

    /** The tree as a Graphviz DOT graph. */
    public String exportDot() {
        return TreeExport.dot(tree, null);
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        TreeArrays.save(out, List.of(tree));
    }

    /** Reads what {@link #save} wrote. */
    public static TreeRegressorModel load(StepReader in) {
        List<Tree> trees = TreeArrays.load(in);
        if (trees.size() != 1) {
            throw in.fail("holds " + trees.size() + " trees, expected 1");
        }
        return new TreeRegressorModel(trees.get(0));
    }
}
