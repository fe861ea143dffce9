package dev.lathe.pipeline;

import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.model.ensemble.GradientBoostingClassifier;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import dev.lathe.model.linear.QuantileRegression;
import dev.lathe.model.linear.ElasticNetCVModel;
import dev.lathe.model.linear.ElasticNetModel;
import dev.lathe.model.linear.LeastSquaresModel;
import dev.lathe.model.linear.LinearModel;
import dev.lathe.model.linear.PolynomialModel;
import dev.lathe.model.linear.RidgeCVModel;

import dev.lathe.model.linear.LogisticRegression;
import dev.lathe.model.ensemble.ForestClassifierModel;
import dev.lathe.model.ensemble.ForestRegressorModel;
import dev.lathe.model.tree.TreeClassifierModel;
import dev.lathe.model.tree.TreeRegressorModel;
import dev.lathe.persist.StepLoader;
import dev.lathe.monitor.profile.ReferenceProfile;
import dev.lathe.prep.impute.CategoricalImputer;
import dev.lathe.prep.impute.KnnImputer;
import dev.lathe.prep.impute.LinearInterpolator;
import dev.lathe.prep.impute.MissingColumnDropper;
import dev.lathe.prep.impute.MissingIndicator;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.impute.SeriesFill;
import dev.lathe.prep.outlier.Winsorizer;
import dev.lathe.prep.encode.CyclicEncoder;
import dev.lathe.prep.encode.DateParts;
import dev.lathe.prep.encode.FrequencyEncoder;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.encode.OrdinalEncoder;
import dev.lathe.prep.encode.TargetEncoder;
import dev.lathe.prep.route.ColumnRouter;
import dev.lathe.prep.scale.MaxAbsScaler;
import dev.lathe.prep.scale.MinMaxScaler;
import dev.lathe.prep.scale.RobustScaler;
import dev.lathe.prep.feature.Expressions;
import dev.lathe.prep.feature.GroupAggregates;
import dev.lathe.prep.feature.KBinsDiscretizer;
import dev.lathe.prep.feature.PolynomialFeatures;
import dev.lathe.prep.feature.SplineTransformer;
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.transform.LogTransformer;
import dev.lathe.prep.transform.PowerTransformer;
import dev.lathe.prep.transform.QuantileTransformer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The allow-list of step types a model file may contain, each with its loader. Loading never looks a
 * class up by a name read from the file: a type that is not here is refused. Add a line for every new
 * fitted step: one {@code allow} line, so that additions never touch each other.
 */
public final class StepTypes {

    private static final Map<String, StepLoader> LOADERS = new LinkedHashMap<>();

    static {
        allow(FittedPipeline.TYPE, FittedPipeline::load);
        allow(StandardScaler.Fitted.TYPE, StandardScaler.Fitted::load);
        allow(MissingIndicator.Fitted.TYPE, MissingIndicator.Fitted::load);
        allow(ReferenceProfile.TYPE, ReferenceProfile::load);
        allow(ReferenceProfile.Part.TYPE, ReferenceProfile.Part::load);
        allow(NumericImputer.Fitted.TYPE, NumericImputer.Fitted::load);
        allow(CategoricalImputer.Fitted.TYPE, CategoricalImputer.Fitted::load);
        allow(KnnImputer.Fitted.TYPE, KnnImputer.Fitted::load);
        allow(LinearInterpolator.Fitted.TYPE, LinearInterpolator.Fitted::load);
        allow(SeriesFill.Fitted.TYPE, SeriesFill.Fitted::load);
        allow(MissingColumnDropper.Fitted.TYPE, MissingColumnDropper.Fitted::load);
        allow(Winsorizer.Fitted.TYPE, Winsorizer.Fitted::load);
        allow(OrdinalEncoder.Fitted.TYPE, OrdinalEncoder.Fitted::load);
        allow(OneHotEncoder.Fitted.TYPE, OneHotEncoder.Fitted::load);
        allow(TargetEncoder.Fitted.TYPE, TargetEncoder.Fitted::load);
        allow(FrequencyEncoder.Fitted.TYPE, FrequencyEncoder.Fitted::load);
        allow(CyclicEncoder.Fitted.TYPE, CyclicEncoder.Fitted::load);
        allow(DateParts.Fitted.TYPE, DateParts.Fitted::load);
        allow(ColumnRouter.Fitted.TYPE, ColumnRouter.Fitted::load);
        allow(MinMaxScaler.Fitted.TYPE, MinMaxScaler.Fitted::load);
        allow(RobustScaler.Fitted.TYPE, RobustScaler.Fitted::load);
        allow(MaxAbsScaler.Fitted.TYPE, MaxAbsScaler.Fitted::load);
        allow(LogTransformer.Fitted.TYPE, LogTransformer.Fitted::load);
        allow(PowerTransformer.Fitted.TYPE, PowerTransformer.Fitted::load);
        allow(QuantileTransformer.Fitted.TYPE, QuantileTransformer.Fitted::load);
        allow(Expressions.Fitted.TYPE, Expressions.Fitted::load);
        allow(GroupAggregates.Fitted.TYPE, GroupAggregates.Fitted::load);
        allow(KBinsDiscretizer.Fitted.TYPE, KBinsDiscretizer.Fitted::load);
        allow(PolynomialFeatures.Fitted.TYPE, PolynomialFeatures.Fitted::load);
        allow(SplineTransformer.Fitted.TYPE, SplineTransformer.Fitted::load);
        allow(BaselineRegressor.Fitted.TYPE, BaselineRegressor.Fitted::load);
        allow(QuantileRegression.Fitted.TYPE, QuantileRegression.Fitted::load);
        allow(LinearModel.TYPE, LinearModel::load);
        allow(LeastSquaresModel.TYPE, LeastSquaresModel::load);
        allow(RidgeCVModel.TYPE, RidgeCVModel::load);
        allow(ElasticNetModel.TYPE, ElasticNetModel::load);
        allow(ElasticNetCVModel.TYPE, ElasticNetCVModel::load);
        allow(PolynomialModel.TYPE, PolynomialModel::load);
        allow(BaselineClassifier.Fitted.TYPE, BaselineClassifier.Fitted::load);
        allow(LogisticRegression.Fitted.TYPE, LogisticRegression.Fitted::load);
        allow(GradientBoostingRegressor.Fitted.TYPE, GradientBoostingRegressor.Fitted::load);
        allow(GradientBoostingClassifier.Fitted.TYPE, GradientBoostingClassifier.Fitted::load);
        allow(TreeClassifierModel.TYPE, TreeClassifierModel::load);
        allow(TreeRegressorModel.TYPE, TreeRegressorModel::load);
        allow(ForestClassifierModel.TYPE, ForestClassifierModel::load);
        allow(ForestRegressorModel.TYPE, ForestRegressorModel::load);
        allow(dev.lathe.model.svm.SvcModel.TYPE, dev.lathe.model.svm.SvcModel::load);
        allow(dev.lathe.model.svm.SvrModel.TYPE, dev.lathe.model.svm.SvrModel::load);
        allow(dev.lathe.model.svm.LinearSvcModel.TYPE, dev.lathe.model.svm.LinearSvcModel::load);
        allow(dev.lathe.model.neighbors.KnnClassifierModel.TYPE, dev.lathe.model.neighbors.KnnClassifierModel::load);
        allow(dev.lathe.model.neighbors.KnnRegressorModel.TYPE, dev.lathe.model.neighbors.KnnRegressorModel::load);
        allow(dev.lathe.model.bayes.GaussianNbModel.TYPE, dev.lathe.model.bayes.GaussianNbModel::load);
        allow(dev.lathe.model.bayes.CountingNbModel.MULTINOMIAL, dev.lathe.model.bayes.CountingNbModel::load);
        allow(dev.lathe.model.bayes.CountingNbModel.COMPLEMENT, dev.lathe.model.bayes.CountingNbModel::load);
        allow(dev.lathe.model.bayes.CountingNbModel.BERNOULLI, dev.lathe.model.bayes.CountingNbModel::load);
        allow(dev.lathe.model.bayes.CategoricalNbModel.TYPE, dev.lathe.model.bayes.CategoricalNbModel::load);
        allow(dev.lathe.model.kernel.KernelRegressionModel.TYPE, dev.lathe.model.kernel.KernelRegressionModel::load);
        allow(dev.lathe.model.kernel.LoessModel.TYPE, dev.lathe.model.kernel.LoessModel::load);
        allow(dev.lathe.model.cluster.KMeansModel.TYPE, dev.lathe.model.cluster.KMeansModel::load);
        allow(dev.lathe.model.cluster.GaussianMixtureModel.TYPE, dev.lathe.model.cluster.GaussianMixtureModel::load);
        allow(dev.lathe.model.cluster.DbscanModel.TYPE, dev.lathe.model.cluster.DbscanModel::load);
        allow(dev.lathe.model.cluster.HdbscanModel.TYPE, dev.lathe.model.cluster.HdbscanModel::load);
        allow(dev.lathe.model.decomposition.PcaModel.TYPE, dev.lathe.model.decomposition.PcaModel::load);
        allow(dev.lathe.model.recommend.FittedRecommender.TYPE, dev.lathe.model.recommend.FittedRecommender::load);
        allow(dev.lathe.model.recommend.FactorScorer.TYPE, dev.lathe.model.recommend.FactorScorer::load);
        allow(dev.lathe.model.recommend.NeighborScorer.TYPE, dev.lathe.model.recommend.NeighborScorer::load);
        allow(dev.lathe.model.recommend.PopularityScorer.TYPE, dev.lathe.model.recommend.PopularityScorer::load);
        allow(dev.lathe.model.semisupervised.SelfTrainingModel.TYPE, dev.lathe.model.semisupervised.SelfTrainingModel::load);
        allow(dev.lathe.model.semisupervised.GraphLabelModel.PROPAGATION, dev.lathe.model.semisupervised.GraphLabelModel::load);
        allow(dev.lathe.model.semisupervised.GraphLabelModel.SPREADING, dev.lathe.model.semisupervised.GraphLabelModel::load);
    }

    private StepTypes() {
    }

    private static void allow(String type, StepLoader loader) {
        if (LOADERS.put(type, loader) != null) {
            throw new IllegalStateException("step type '" + type + "' is listed twice");
        }
    }

    /** Type name to loader, for {@link dev.lathe.persist.ModelArchive#read}. */
    public static Map<String, StepLoader> loaders() {
        return Collections.unmodifiableMap(LOADERS);
    }
}
