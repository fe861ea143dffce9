package dev.lathe.model.tree;

/**
 * The minimal cost-complexity pruning path of a fully grown tree (scikit-learn's
 * {@code cost_complexity_pruning_path}): pruning with {@code ccp_alpha} between {@code alphas[k]} and
 * {@code alphas[k + 1]} gives the subtree whose leaves have total weighted impurity {@code impurities[k]}.
 *
 * @param alphas     effective alphas, ascending, starting at 0
 * @param impurities total weighted leaf impurity of the subtree at each alpha
 */
public record PruningPath(double[] alphas, double[] impurities) {

    public PruningPath {
        alphas = alphas.clone();
        impurities = impurities.clone();
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    @Override
    public double[] impurities() {
        return impurities.clone();
    }
}
