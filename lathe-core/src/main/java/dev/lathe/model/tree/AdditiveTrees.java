package dev.lathe.model.tree;

import java.util.List;

/**
 * A tree model read as a sum of trees, which is what exact TreeSHAP needs: output k of a row is
 * {@code base[k] + weight * sum of the leaf values of the trees that add to output k}. A tree either adds one
 * value to one output ({@code outputOf[t] >= 0}: boosting) or one value per output, leaf value k to output k
 * ({@code outputOf[t] == -1}: CART and forests, whose leaves hold one value per class).
 *
 * @param trees    the trees, at least one, over {@code features}
 * @param outputOf per tree, the output it adds to, or -1 when its leaves hold one value per output
 * @param weight   factor on every leaf value (1 for boosting, 1 / number of trees for a forest's mean)
 * @param base     the constant per output (0 for trees and forests, the base scores for boosting)
 * @param outputs  a name per output (class labels, or {@code prediction})
 * @param features the feature names the trees' feature indices refer to
 */
public record AdditiveTrees(List<TreeStructure> trees, int[] outputOf, double weight, double[] base,
                            List<String> outputs, List<String> features) {

    public AdditiveTrees {
        trees = List.copyOf(trees);
        outputs = List.copyOf(outputs);
        features = List.copyOf(features);
        outputOf = outputOf.clone();
        base = base.clone();
        if (trees.isEmpty() || outputOf.length != trees.size() || base.length != outputs.size()) {
            throw new IllegalArgumentException(trees.size() + " trees, " + outputOf.length + " output indices, "
                    + base.length + " base values and " + outputs.size() + " outputs do not match");
        }
        for (int o : outputOf) {
            if (o < -1 || o >= outputs.size()) {
                throw new IllegalArgumentException("output index " + o + " outside [-1, " + outputs.size() + ")");
            }
        }
    }

    /** A forest or a single tree whose leaves hold one value per output, averaged over the trees. */
    public static AdditiveTrees mean(List<? extends TreeStructure> trees, List<String> outputs) {
        int[] all = new int[trees.size()];
        java.util.Arrays.fill(all, -1);
        return new AdditiveTrees(List.copyOf(trees), all, 1.0 / trees.size(), new double[outputs.size()], outputs,
                trees.get(0).featureNames());
    }
}
