package dev.lathe.pipeline;

import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.model.baseline.BaselineRegressor;
import dev.lathe.persist.StepLoader;
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
            Map.entry(MinMaxScaler.Fitted.TYPE, MinMaxScaler.Fitted::load),
            Map.entry(RobustScaler.Fitted.TYPE, RobustScaler.Fitted::load),
            Map.entry(MaxAbsScaler.Fitted.TYPE, MaxAbsScaler.Fitted::load),
            Map.entry(LogTransformer.Fitted.TYPE, LogTransformer.Fitted::load),
            Map.entry(Log1pTransformer.Fitted.TYPE, Log1pTransformer.Fitted::load),
            Map.entry(PowerTransformer.Fitted.TYPE, PowerTransformer.Fitted::load),
            Map.entry(QuantileTransformer.Fitted.TYPE, QuantileTransformer.Fitted::load),
            Map.entry(BaselineRegressor.Fitted.TYPE, BaselineRegressor.Fitted::load),
            Map.entry(BaselineClassifier.Fitted.TYPE, BaselineClassifier.Fitted::load));

    private StepTypes() {
    }

    /** Type name to loader, for {@link dev.lathe.persist.ModelArchive#read}. */
    public static Map<String, StepLoader> loaders() {
        return LOADERS;
    }
}
