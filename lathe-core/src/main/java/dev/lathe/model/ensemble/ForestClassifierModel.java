package dev.lathe.model.ensemble;

import dev.lathe.frame.Frame;
import dev.lathe.model.Classifier;
import dev.lathe.model.tree.Tree;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeArrays;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.model.tree.TreeVotes;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted classification forest (random forest or extra trees): the class probabilities of the leaves a
 * row reaches, averaged over the trees.
 */
public final class ForestClassifierModel implements Classifier, TreeExplainable {

    /** Type name in model files. */
    public static final String TYPE = "forest_classifier";

    private final List<String> classes;
    private final List<Tree> trees;
    private final double[][] oob;
    private final double oobScore;

    /**
     * @param classes  class labels in the trees' value order
     * @param trees    the trees, at least one
     * @param oob      out-of-bag probabilities per training row (NaN rows never out of bag), or null
     * @param oobScore out-of-bag accuracy, or NaN
     */
    public ForestClassifierModel(List<String> classes, List<Tree> trees, double[][] oob, double oobScore) {
        if (trees.isEmpty() || trees.stream().anyMatch(t -> t.valueWidth() != classes.size())) {
            throw new IllegalArgumentException("a classification forest needs trees with one value per class");
        }
        this.classes = List.copyOf(classes);
        this.trees = List.copyOf(trees);
        this.oob = oob;
        this.oobScore = oobScore;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public double[][] predictProba(Frame x) {
        return TreeVotes.mean(trees, x);
    }

    @Override
    public AdditiveTrees additiveTrees() {
        return AdditiveTrees.mean(trees, classes);
    }

    @Override
    public double[][] treeInputs(Frame x) {
        return TreeVotes.inputs(trees.get(0), x);
    }

    @Override
    public String explainedScale() {
        return "probability";
    }

    /** The trees' structures. */
    public List<TreeStructure> trees() {
        return List.copyOf(trees);
    }

    /** Mean decrease in impurity per feature, summing to 1. */
    public double[] featureImportances() {
        return Importances.mean(trees);
    }

    /** Out-of-bag accuracy (fitted with oob_score); NaN otherwise. */
    public double oobScore() {
        return oobScore;
    }

    /**
     * Out-of-bag class probabilities per training row (scikit-learn's {@code oob_decision_function_}); a row
     * that was in every tree's sample has NaN. Fails when the forest was fitted without oob_score.
     */
    public double[][] oobProba() {
        if (oob == null) {
            throw new IllegalStateException("fit with oob_score=true to get out-of-bag predictions");
        }
        return Arrays.stream(oob).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("classes", classes);
        out.put("oob_score", oobScore);
        TreeArrays.save(out, trees);
        if (oob != null) {
            out.put("oob_rows", oob.length);
            out.doubles("oob", Arrays.stream(oob).flatMapToDouble(Arrays::stream).toArray());
        }
    }

    /** Reads what {@link #save} wrote. */
    public static ForestClassifierModel load(StepReader in) {
        List<String> classes = in.getStrings("classes");
        double[][] oob = null;
        if (in.has("oob_rows")) {
            int rows = in.getInt("oob_rows");
            double[] flat = in.doubles("oob", Math.multiplyExact(rows, classes.size()));
            oob = new double[rows][];
            for (int i = 0; i < rows; i++) {
                oob[i] = Arrays.copyOfRange(flat, i * classes.size(), (i + 1) * classes.size());
            }
        }
        return new ForestClassifierModel(classes, TreeArrays.load(in), oob, in.getDouble("oob_score"));
    }
}
