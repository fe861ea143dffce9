package dev.lathe.prep.scale;

import dev.lathe.frame.ColumnType;
import dev.lathe.frame.Frame;
import dev.lathe.prep.ColumnSelector;
import dev.lathe.prep.FittedTransformer;
import dev.lathe.prep.Fixtures;
import dev.lathe.prep.Transformer;
import dev.lathe.testing.CsvFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scaler against scikit-learn 1.2.1 on fixed data with outliers, missing values and constant columns. */
class ScikitLearnAgreementTest {

    private static final ColumnSelector NUMERIC = ColumnSelector.types(ColumnType.NUMERIC);

    /** Fixture name (fixtures/scale/README.md gives the scikit-learn call) and the same configuration here. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("standard", new StandardScaler()),
                Arguments.of("min_max", new MinMaxScaler()),
                Arguments.of("min_max_clip", new MinMaxScaler(NUMERIC, List.of(-1.0, 3.0), true)),
                Arguments.of("robust", new RobustScaler()),
                Arguments.of("robust_10_90_no_centering", new RobustScaler(NUMERIC, false, true, List.of(10.0, 90.0),
                        false)),
                Arguments.of("robust_no_scaling", new RobustScaler(NUMERIC, true, false, List.of(25.0, 75.0), false)),
                Arguments.of("robust_unit_variance", new RobustScaler(NUMERIC, true, true, List.of(5.0, 95.0), true)),
                Arguments.of("max_abs", new MaxAbsScaler()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithScikitLearn(String fixture, Transformer scaler) {
        Frame train = CsvFixtures.read("scale/train.csv");
        Frame test = CsvFixtures.read("scale/test.csv");
        FittedTransformer fitted = scaler.fit(train, null);
        Fixtures.assertClose(fitted.transform(train).concat(fitted.transform(test)),
                CsvFixtures.read("scale/" + fixture + ".csv"), 1e-12);
    }
}
