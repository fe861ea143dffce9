package dev.lathe.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.lathe.frame.Frame;
import dev.lathe.model.ensemble.GradientBoostingRegressor;
import dev.lathe.model.linear.Ridge;
import dev.lathe.pipeline.FittedPipeline;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.encode.OneHotEncoder;
import dev.lathe.prep.impute.NumericImputer;
import dev.lathe.prep.scale.StandardScaler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipelines are explained per input column: one-hot indicators grouped back, every method additive. */
class PipelineExplainerTest {

    private static final Frame DATA = ExplainData.regression(300, 9);
    private static final FittedPipeline LINEAR = Pipeline.of(new Ridge(), new NumericImputer(NumericImputer.Strategy.MEDIAN),
            new OneHotEncoder(ColumnSelector.types(dev.lathe.frame.ColumnType.CATEGORICAL), OneHotEncoder.Drop.NONE,
                    OneHotEncoder.HandleUnknown.IGNORE, 0, OneHotEncoder.HandleMissing.ZEROS),
            new StandardScaler()).fit(DATA, "y");
    private static final FittedPipeline TREES = Pipeline.of(new GradientBoostingRegressor()).fit(DATA, "y");

    @Test
    void everyMethodExplainsTheInputColumns() {
        Frame rows = DATA.head(12);
        PipelineExplainer.Options o = PipelineExplainer.Options.defaults();
        for (PipelineExplainer.Method m : List.of(PipelineExplainer.Method.AUTO, PipelineExplainer.Method.LINEAR,
                PipelineExplainer.Method.KERNEL, PipelineExplainer.Method.PERMUTATION)) {
            Explanation e = PipelineExplainer.explain(LINEAR, rows, DATA, o.withMethod(m));
            assertThat(e.features()).as(m.label()).containsExactly("a", "b", "c", "d", "e", "colour");
            assertThat(e.additivityError()).as(m.label()).isLessThan(1e-9);
            assertThat(e.rows().names()).containsExactly("a", "b", "c", "d", "e", "colour");
        }
        for (PipelineExplainer.Method m : List.of(PipelineExplainer.Method.TREE,
                PipelineExplainer.Method.TREE_INTERVENTIONAL, PipelineExplainer.Method.KERNEL)) {
            Explanation e = PipelineExplainer.explain(TREES, rows, DATA, o.withMethod(m));
            assertThat(e.features()).as(m.label()).containsExactly("a", "b", "c", "d", "e", "colour");
            assertThat(e.additivityError()).as(m.label()).isLessThan(1e-9);
        }
        assertThat(PipelineExplainer.resolve(TREES, PipelineExplainer.Method.AUTO)).isEqualTo(PipelineExplainer.Method.TREE);
        assertThat(PipelineExplainer.interactions(TREES, rows)).isPresent();
        assertThat(PipelineExplainer.interactions(LINEAR, rows)).isEmpty();
    }

    @Test
    void linearShapOfOneHotColumnsSumsToTheColumnsShapleyValue() {
        // with independent features, Linear SHAP summed over a column's indicators equals Kernel SHAP on the column
        Frame rows = DATA.head(5);
        PipelineExplainer.Options o = new PipelineExplainer.Options(PipelineExplainer.Method.LINEAR, 300, false, 0, 10, 0);
        Explanation linear = PipelineExplainer.explain(LINEAR, rows, DATA, o);
        Explanation kernel = PipelineExplainer.explain(LINEAR, rows, DATA, o.withMethod(PipelineExplainer.Method.KERNEL));
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 6; j++) {
                assertThat(kernel.values()[0][i][j]).isCloseTo(linear.values()[0][i][j], within(1e-9));
            }
        }
    }

    @Test
    void badInputsAreRefusedClearly() {
        PipelineExplainer.Options o = PipelineExplainer.Options.defaults();
        assertThatThrownBy(() -> PipelineExplainer.explain(LINEAR, DATA.head(3), DATA, o.withMethod(PipelineExplainer.Method.TREE)))
                .hasMessageContaining("TreeSHAP needs a tree model");
        assertThatThrownBy(() -> PipelineExplainer.explain(LINEAR, DATA.head(3), null, o.withMethod(PipelineExplainer.Method.KERNEL)))
                .hasMessageContaining("no background data");
        assertThatThrownBy(() -> PipelineExplainer.explain(TREES, DATA.head(3), null,
                o.withMethod(PipelineExplainer.Method.TREE_INTERVENTIONAL))).hasMessageContaining("no background data");
        assertThatThrownBy(() -> PipelineExplainer.explain(TREES, DATA.drop("c"), DATA, o)).hasMessageContaining("c");
        assertThatThrownBy(() -> PipelineExplainer.Method.parse("magic")).hasMessageContaining("unknown explanation method 'magic'");
        assertThatThrownBy(() -> RowSelection.parse("1-5,400", 300)).hasMessageContaining("row 400 is out of range: the data has 300 rows");
        assertThatThrownBy(() -> RowSelection.parse("0", 300)).hasMessageContaining("row 0 is out of range");
        assertThatThrownBy(() -> RowSelection.parse("5-2", 300)).hasMessageContaining("the end is before the start");
        assertThatThrownBy(() -> RowSelection.parse("x", 300)).hasMessageContaining("'x' is not a row number");
        assertThat(RowSelection.parse("1-3, 7", 10)).containsExactly(0, 1, 2, 6);
    }
}
