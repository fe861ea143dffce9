package dev.lathe.model.ensemble;

import dev.lathe.frame.Frame;
import dev.lathe.model.Features;
import dev.lathe.model.Regressor;
import dev.lathe.model.tree.Tree;
import dev.lathe.model.tree.AdditiveTrees;
import dev.lathe.model.tree.TreeArrays;
import dev.lathe.model.tree.TreeExplainable;
import dev.lathe.model.tree.TreeStructure;
import dev.lathe.model.tree.TreeVotes;
import dev.lathe.param.Check;
import dev.lathe.persist.StepReader;
import dev.lathe.persist.StepWriter;
import java.util.List;

/**
 * A fitted regression forest (random forest or extra trees): the mean of the trees' leaf means; with leaf
 * targets kept, also any conditional quantile (quantile regression forest).
 */
public final class ForestRegressorModel implements Regressor, TreeExplainable {

    /** Type name in model files. */
    public static final String TYPE = "forest_regressor";

    private final List<Tree> trees;
    private final double[] oob;
    private final double oobScore;
    private final LeafTargets leafTargets;

    ForestRegressorModel(List<Tree> trees, double[] oob, double oobScore, LeafTargets leafTargets) {
        if (trees.isEmpty() || trees.stream().anyMatch(t -> t.valueWidth() != 1)) {
            throw new IllegalArgumentException("a regression forest needs trees with one value per node");
        }
        this.trees = List.copyOf(trees);
        this.oob = oob;
        this.oobScore = oobScore;
        this.leafTargets = leafTargets;
    }

    @Override
    public double[] predict(Frame x) {
        double[][] v = TreeVotes.mean(trees, x);
        double[] out = new double[v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i][0];
        }
        return out;
    }

    /**
     * The conditional {@code q}-quantile of the target for each row (Meinshausen's quantile regression
     * forest); needs the forest fitted with {@code quantile_regression=true}.
     *
     * @param q the quantile, in [0, 1] (0.5 for the conditional median)
     */
    public double[] predictQuantile(Frame x, double q) {
        Check.inRange("q", q, 0, 1);
        if (leafTargets == null) {
            throw new IllegalStateException("fit with quantile_regression=true to predict quantiles");
        }
        double[][] columns = Features.matrixWithMissing(x.select(trees.get(0).featureNames()));
        return leafTargets.quantile(trees, columns, q);
    }

    @Override
    public AdditiveTrees additiveTrees() {
        return AdditiveTrees.mean(trees, List.of("prediction"));
    }

    @Override
    public double[][] treeInputs(Frame x) {
        return TreeVotes.inputs(trees.get(0), x);
    }

    @Override
    public String explainedScale() {
        return "prediction";
    }

    /** The trees' structures. */
    public List<TreeStructure> trees() {
        return List.copyOf(trees);
    }

    /** Mean decrease in impurity per feature, summing to 1. */
    public double[] featureImportances() {
        return Importances.mean(trees);
    }

    /** Out-of-bag R^2 (fitted with oob_score); NaN otherwise. */
    public double oobScore() {
        return oobScore;
    }

    /**
     * Out-of-bag prediction per training row (scikit-learn's {@code oob_prediction_}); NaN for a row that was
     * in every tree's sample. Fails when the forest was fitted without oob_score.
     */
    public double[] oobPrediction() {
        if (oob == null) {
            throw new IllegalStateException("fit with oob_score=true to get out-of-bag predictions");
        }
        return oob.clone();
    }

    @Override
    public String stepType() {
        return TYPE;
    }

    @Override
    public void save(StepWriter out) {
        out.put("oob_score", oobScore);
        TreeArrays.save(out, trees);
        out.put("has_oob", oob != null);
        if (oob != null) {
            out.doubles("oob", oob);
        }
        out.put("quantile_regression", leafTargets != null);
        if (leafTargets != null) {
            leafTargets.save(out);
        }
    }

    /** Reads what {@link #save} wrote. */
    public static ForestRegressorModel load(StepReader in) {
        List<Tree> trees = TreeArrays.load(in);
        double[] oob = in.getBoolean("has_oob") ? in.doubles("oob") : null;
        LeafTargets leaves = in.getBoolean("quantile_regression") ? LeafTargets.load(in, trees) : null;
        return new ForestRegressorModel(trees, oob, in.getDouble("oob_score"), leaves);
    }
}
