package dev.lathe.pipeline;

import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.model.linear.QuantileRegression;
import dev.lathe.model.linear.ElasticNetCVModel;
import dev.lathe.model.linear.ElasticNetModel;
import dev.lathe.model.linear.LinearModel;
import dev.lathe.model.linear.PolynomialModel;
import dev.lathe.model.linear.RidgeCVModel;
import dev.lathe.model.ensemble.ForestClassifierModel;
import dev.lathe.model.ensemble.ForestRegressorModel;
import dev.lathe.model.tree.TreeClassifierModel;
import dev.lathe.model.tree.TreeRegressorModel;
import dev.lathe.persist.StepLoader;
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
import dev.lathe.prep.scale.StandardScaler;
import dev.lathe.prep.transform.Log1pTransformer;
import dev.lathe.prep.transform.LogTransformer;
import dev.lathe.prep.transform.PowerTransformer;
import dev.lathe.prep.transform.QuantileTransformer;
import java.util.Map;

/**
 * The allow-list of step types a model file may contain, each with its loader. Loading never looks a
 * class up by a name read from the file: a type that is not here is refused. Add a line for every new
 * fitted step.
 */
public final class StepTypes {

    private static final Map<String, StepLoader> LOADERS = Map.ofEntries(
            Map.entry(FittedPipeline.TYPE, FittedPipeline::load),
            Map.entry(StandardScaler.Fitted.TYPE, StandardScaler.Fitted::load),
            Map.entry(MissingIndicator.Fitted.TYPE, MissingIndicator.Fitted::load),
            Map.entry(NumericImputer.Fitted.TYPE, NumericImputer.Fitted::load),
            Map.entry(CategoricalImputer.Fitted.TYPE, CategoricalImputer.Fitted::load),
            Map.entry(KnnImputer.Fitted.TYPE, KnnImputer.Fitted::load),
            Map.entry(LinearInterpolator.Fitted.TYPE, LinearInterpolator.Fitted::load),
            Map.entry(SeriesFill.Fitted.TYPE, SeriesFill.Fitted::load),
            Map.entry(MissingColumnDropper.Fitted.TYPE, MissingColumnDropper.Fitted::load),
            Map.entry(Winsorizer.Fitted.TYPE, Winsorizer.Fitted::load),
            Map.entry(OrdinalEncoder.Fitted.TYPE, OrdinalEncoder.Fitted::load),
            Map.entry(OneHotEncoder.Fitted.TYPE, OneHotEncoder.Fitted::load),
            Map.entry(TargetEncoder.Fitted.TYPE, TargetEncoder.Fitted::load),
            Map.entry(FrequencyEncoder.Fitted.TYPE, FrequencyEncoder.Fitted::load),
            Map.entry(CyclicEncoder.Fitted.TYPE, CyclicEncoder.Fitted::load),
            Map.entry(DateParts.Fitted.TYPE, DateParts.Fitted::load),
            Map.entry(ColumnRouter.Fitted.TYPE, ColumnRouter.Fitted::load),
            Map.entry(MinMaxScaler.Fitted.TYPE, MinMaxScaler.Fitted::load),
            Map.entry(RobustScaler.Fitted.TYPE, RobustScaler.Fitted::load),
            Map.entry(MaxAbsScaler.Fitted.TYPE, MaxAbsScaler.Fitted::load),
            Map.entry(LogTransformer.Fitted.TYPE, LogTransformer.Fitted::load),
            Map.entry(Log1pTransformer.Fitted.TYPE, Log1pTransformer.Fitted::load),
            Map.entry(PowerTransformer.Fitted.TYPE, PowerTransformer.Fitted::load),
            Map.entry(QuantileTransformer.Fitted.TYPE, QuantileTransformer.Fitted::load),
            Map.entry(BaselineRegressor.Fitted.TYPE, BaselineRegressor.Fitted::load),
            Map.entry(QuantileRegression.Fitted.TYPE, QuantileRegression.Fitted::load),
            Map.entry(LinearModel.TYPE, LinearModel::load),
            Map.entry(RidgeCVModel.TYPE, RidgeCVModel::load),
            Map.entry(ElasticNetModel.TYPE, ElasticNetModel::load),
            Map.entry(ElasticNetCVModel.TYPE, ElasticNetCVModel::load),
            Map.entry(PolynomialModel.TYPE, PolynomialModel::load),
            Map.entry(BaselineClassifier.Fitted.TYPE, BaselineClassifier.Fitted::load),
            Map.entry(TreeClassifierModel.TYPE, TreeClassifierModel::load),
            Map.entry(TreeRegressorModel.TYPE, TreeRegressorModel::load),
            Map.entry(ForestClassifierModel.TYPE, ForestClassifierModel::load),
            Map.entry(ForestRegressorModel.TYPE, ForestRegressorModel::load));

    private StepTypes() {
    }

    /** Type name to loader, for {@link dev.lathe.persist.ModelArchive#read}. */
    public static Map<String, StepLoader> loaders() {
        return LOADERS;
    }
}
