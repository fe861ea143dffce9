package dev.lathe.pipeline;

import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.persist.StepLoader;
import dev.lathe.prep.feature.Expressions;
import dev.lathe.prep.feature.GroupAggregates;
import dev.lathe.prep.feature.KBinsDiscretizer;
import dev.lathe.prep.feature.PolynomialFeatures;
import dev.lathe.prep.feature.SplineTransformer;
import dev.lathe.prep.scale.StandardScaler;
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
            Map.entry(Expressions.Fitted.TYPE, Expressions.Fitted::load),
            Map.entry(GroupAggregates.Fitted.TYPE, GroupAggregates.Fitted::load),
            Map.entry(KBinsDiscretizer.Fitted.TYPE, KBinsDiscretizer.Fitted::load),
            Map.entry(PolynomialFeatures.Fitted.TYPE, PolynomialFeatures.Fitted::load),
            Map.entry(SplineTransformer.Fitted.TYPE, SplineTransformer.Fitted::load),
            Map.entry(BaselineRegressor.Fitted.TYPE, BaselineRegressor.Fitted::load),
            Map.entry(BaselineClassifier.Fitted.TYPE, BaselineClassifier.Fitted::load));

    private StepTypes() {
    }

    /** Type name to loader, for {@link dev.lathe.persist.ModelArchive#read}. */
    public static Map<String, StepLoader> loaders() {
        return LOADERS;
    }
}
