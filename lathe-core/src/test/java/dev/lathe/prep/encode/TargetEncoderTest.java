package dev.lathe.prep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.CategoricalColumn;
import dev.lathe.frame.Column;
import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.frame.TextColumn;
import dev.lathe.pipeline.RoundTrip;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.Transformer;
import dev.lathe.testing.JsonFixtures;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TargetEncoderTest {

    private static final JsonNode FIXTURE = JsonFixtures.read("encode/target.json");
    private final Frame train = Frame.of(CategoricalColumn.of("city", JsonFixtures.strings(FIXTURE.get("city"))));
    private final Frame test = Frame.of(TextColumn.of("city", JsonFixtures.strings(FIXTURE.get("city_test"))));
    private final Column continuous = NumericColumn.of("y", JsonFixtures.doubles(FIXTURE.get("y_continuous")));
    private final Column binary = CategoricalColumn.of("y", JsonFixtures.strings(FIXTURE.get("y_binary")));
    private final Column multiclass = CategoricalColumn.of("y", JsonFixtures.strings(FIXTURE.get("y_multiclass")));

    /** The fixture's settings: smoothing 2, 3 unshuffled folds. */
    private static TargetEncoder asFixture() {
        return new TargetEncoder(ColumnSelector.types(ColumnType.CATEGORICAL), TargetEncoder.TargetType.AUTO, 2, 3,
                false, 0);
    }

    @Test
    void continuousTargetAgreesWithTheReference() {
        assertAgrees(continuous, FIXTURE.get("continuous"), List.of("city"));
    }

    @Test
    void binaryTargetEncodesTheRateOfTheSecondSortedClass() {
        assertAgrees(binary, FIXTURE.get("binary"), List.of("city"));
    }

    @Test
    void multiClassTargetGivesOneColumnPerClass() {
        assertThat(FIXTURE.get("multiclass").get("classes").toString()).isEqualTo("[\"cat\",\"dog\",\"fish\"]");
        assertAgrees(multiclass, FIXTURE.get("multiclass"), List.of("city_cat", "city_dog", "city_fish"));
    }

    private void assertAgrees(Column target, JsonNode expected, List<String> outputs) {
        Transformer.FitResult r = asFixture().fitTransform(train, target);
        Frame newRows = r.fitted().transform(test);
        assertThat(r.transformed().names()).containsExactlyElementsOf(outputs);
        assertThat(newRows.names()).containsExactlyElementsOf(outputs);
        for (int k = 0; k < outputs.size(); k++) {
            assertClose(r.transformed().numeric(outputs.get(k)).toArray(), expected.get("train").get(k));
            assertClose(newRows.numeric(outputs.get(k)).toArray(), expected.get("test").get(k));
        }
    }

    private static void assertClose(double[] actual, JsonNode expected) {
        double[] e = JsonFixtures.doubles(expected);
        assertThat(actual).hasSize(e.length);
        for (int i = 0; i < e.length; i++) {
            assertThat(actual[i]).as("row %d", i).isCloseTo(e[i], within(1e-12));
        }
    }

    @Test
    void unseenLabelsGetTheGlobalMeanAndMissingIsALevelOfItsOwn() {
        TargetEncoder.Fitted f = asFixture().fit(train, continuous);
        double mean = 0;
        for (double v : JsonFixtures.doubles(FIXTURE.get("y_continuous"))) {
            mean += v / 14;
        }
        Frame out = f.transform(Frame.of(TextColumn.of("city", "never seen", null)));
        assertThat(out.numeric("city").get(0)).isCloseTo(mean, within(1e-12));
        // missing rows had targets 2.0 and 2.4: (4.4 + 2 * mean) / (2 + 2)
        assertThat(out.numeric("city").get(1)).isCloseTo((4.4 + 2 * mean) / 4, within(1e-12));
    }

    @Test
    void trainingOutputIsOutOfFoldAndDiffersFromTransformOfTheTrainingRows() {
        Transformer.FitResult r = asFixture().fitTransform(train, continuous);
        double[] outOfFold = r.transformed().numeric("city").toArray();
        double[] inSample = r.fitted().transform(train).numeric("city").toArray();
        for (int i = 0; i < outOfFold.length; i++) {
            assertThat(outOfFold[i]).as("row %d", i).isNotEqualTo(inSample[i]);
        }
        assertThat(r.fitted().transform(train).numeric("city").toArray())
                .containsExactly(asFixture().fit(train, continuous).transform(train).numeric("city").toArray());
    }

    @Test
    void theFullFitUsesEveryRowsTargetSoTheLeakTestBelowCouldFail() {
        double[] y = JsonFixtures.doubles(FIXTURE.get("y_continuous"));
        double[] changed = y.clone();
        changed[0] += 100;
        double before = asFixture().fit(train, NumericColumn.of("y", y)).transform(train).numeric("city").get(0);
        double after = asFixture().fit(train, NumericColumn.of("y", changed)).transform(train).numeric("city").get(0);
        assertThat(after).isNotEqualTo(before);
    }

    @Property(tries = 100)
    void noRowsOwnTargetReachesItsTrainingEncoding(@ForAll @Size(min = 6, max = 40) List<@From("label") String> labels,
                                                   @ForAll @IntRange(min = 0, max = 1000) int pick,
                                                   @ForAll @IntRange(min = 0, max = 1000) long seed) {
        int n = labels.size();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (i * 7919 % 13) - 6.5;
        }
        int row = pick % n;
        double[] changed = y.clone();
        changed[row] += 1000;
        Frame data = Frame.of(CategoricalColumn.of("g", labels.toArray(String[]::new)));
        TargetEncoder encoder = new TargetEncoder(ColumnSelector.names("g"), TargetEncoder.TargetType.AUTO, 1, 3,
                true, seed);
        double before = encoder.fitTransform(data, NumericColumn.of("y", y)).transformed().numeric("g").get(row);
        double after = encoder.fitTransform(data, NumericColumn.of("y", changed)).transformed().numeric("g").get(row);
        assertThat(Double.doubleToLongBits(after)).isEqualTo(Double.doubleToLongBits(before));
    }

    @Provide
    Arbitrary<String> label() {
        return Arbitraries.of("a", "b", "c").injectNull(0.2);
    }

    @Test
    void sameSeedSameResultAndTheSeedChoosesTheFolds() {
        TargetEncoder a = (TargetEncoder) new TargetEncoder().withParams(Map.of("cv", 3, "seed", 11));
        TargetEncoder b = (TargetEncoder) a.withParams(Map.of("seed", 12));
        double[] first = a.fitTransform(train, continuous).transformed().numeric("city").toArray();
        assertThat(a.fitTransform(train, continuous).transformed().numeric("city").toArray()).containsExactly(first);
        assertThat(b.fitTransform(train, continuous).transformed().numeric("city").toArray()).isNotEqualTo(first);
    }

    @Test
    void badTargetsAreClearErrors() {
        TargetEncoder e = asFixture();
        assertThatThrownBy(() -> e.fit(train, null))
                .hasMessage("target_encoder needs the training target, but fit was given none");
        double[] y = JsonFixtures.doubles(FIXTURE.get("y_continuous"));
        y[1] = Double.NaN;
        assertThatThrownBy(() -> e.fit(train, NumericColumn.of("y", y)))
                .hasMessage("target_encoder: target 'y' has a missing value in row 2");
        assertThatThrownBy(() -> e.fit(train.head(3), CategoricalColumn.of("y", "a", "a", "a")))
                .hasMessage("target_encoder: target 'y' has a single class [a]; encoding a class target needs at "
                        + "least two");
        TargetEncoder binaryOnly = (TargetEncoder) e.withParams(Map.of("target_type", "binary"));
        assertThatThrownBy(() -> binaryOnly.fit(train, multiclass))
                .hasMessage("target_encoder with target_type binary needs exactly 2 classes; target 'y' has 3: "
                        + "[cat, dog, fish]");
        TargetEncoder continuousOnly = (TargetEncoder) e.withParams(Map.of("target_type", "continuous"));
        assertThatThrownBy(() -> continuousOnly.fit(train, multiclass))
                .hasMessage("target_encoder with target_type continuous needs a numeric target; 'y' is categorical");
        assertThatThrownBy(() -> e.fit(train.head(4), continuous))
                .hasMessage("target_encoder: the target has 14 rows but the data has 4");
    }

    @Test
    void badDataAndHyperparametersAreClearErrors() {
        TargetEncoder e = asFixture();
        assertThatThrownBy(() -> e.fitTransform(train.head(2), continuous.take(new int[] {0, 1})))
                .hasMessage("target_encoder needs at least cv = 3 rows for its out-of-fold fit, got 2");
        assertThatThrownBy(() -> e.fit(train.head(0), continuous.take(new int[0])))
                .hasMessage("target_encoder cannot fit on empty data (0 rows)");
        TargetEncoder.Fitted f = e.fit(train, continuous);
        assertThatThrownBy(() -> f.transform(Frame.of(NumericColumn.of("town", 1))))
                .hasMessage("target_encoder needs column 'city', which the data does not have; columns: [town]");
        assertThatThrownBy(() -> f.transform(Frame.of(NumericColumn.of("city", 1))))
                .hasMessage("target_encoder needs column 'city' to be categorical or text, it is numeric");
        assertThatThrownBy(() -> e.withParams(Map.of("smoothing", -1)))
                .hasMessage("smoothing must be a finite number at least 0, got -1.0");
        assertThatThrownBy(() -> e.withParams(Map.of("cv", 1))).hasMessage("cv must be at least 2, got 1");
        assertThatThrownBy(() -> e.withParams(Map.of("target_type", "ordinal")))
                .hasMessage("hyperparameter 'target_type' expects one of [auto, binary, continuous, multiclass], "
                        + "got 'ordinal'");
    }

    @Test
    void savesAndLoadsBitForBit() {
        RoundTrip.assertSameTransform(asFixture().fit(train, continuous), test);
        RoundTrip.assertSameTransform(asFixture().fit(train, binary), test);
        TargetEncoder.Fitted multi = asFixture().fit(train, multiclass);
        assertThat(RoundTrip.saveAndLoad(multi).outputs()).containsExactly("cat", "dog", "fish");
        RoundTrip.assertSameTransform(multi, test);
    }
}
