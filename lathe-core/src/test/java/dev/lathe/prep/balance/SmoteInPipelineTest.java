package dev.lathe.prep.balance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lathe.data.Datasets;
import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import dev.lathe.model.baseline.BaselineClassifier;
import dev.lathe.pipeline.Pipeline;
import dev.lathe.prep.Resampler;
import dev.lathe.prep.Resampler.Resampled;
import dev.lathe.prep.split.Fold;
import dev.lathe.prep.split.StratifiedKFold;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Inside cross-fitting, SMOTE sees only each fold's training rows and builds rows from them alone. */
class SmoteInPipelineTest {

    /** Passes rows through {@code inner}, recording what went in and what came out. */
    private record Recording(Resampler inner, List<Resampled> seen, List<Resampled> made) implements Resampler {
        @Override
        public Resampled resample(Frame data, Column target) {
            seen.add(new Resampled(data, target));
            Resampled out = inner.resample(data, target);
            made.add(out);
            return out;
        }
    }

    @Test
    void smoteNeverSeesNorProducesValidationRows() {
        // iris with only 12 virginica: 50 setosa, 50 versicolor, 12 virginica
        Frame iris = Datasets.iris().take(IntStream.range(0, 112).toArray());
        Recording recording = new Recording(new Smote(3, 1, 11), new ArrayList<>(), new ArrayList<>());
        List<Pipeline.FoldFit> fits = Pipeline.of(new BaselineClassifier(), recording)
                .crossFit(iris, "species", new StratifiedKFold(4, true, 5));
        assertThat(recording.seen()).hasSize(4);
        Frame features = iris.drop("species");
        List<String> names = features.names();
        for (int f = 0; f < 4; f++) {
            Fold fold = fits.get(f).fold();
            Resampled in = recording.seen().get(f);
            Resampled out = recording.made().get(f);
            Frame train = features.take(fold.train());
            Column trainTarget = iris.column("species").take(fold.train());
            assertThat(in.data().rowCount()).isEqualTo(fold.train().length);
            for (String name : names) {
                assertThat(in.data().numeric(name).toArray()).containsExactly(train.numeric(name).toArray());
            }
            assertThat(IntStream.range(0, in.target().size()).mapToObj(in.target()::format))
                    .containsExactlyElementsOf(IntStream.range(0, trainTarget.size()).mapToObj(trainTarget::format).toList());
            int n = in.data().rowCount();
            assertThat(out.data().rowCount()).isGreaterThan(n);
            for (int s = n; s < out.data().rowCount(); s++) {
                double[] p = Segments.point(out.data(), names, s);
                String label = out.target().format(s);
                int[] sameClass = IntStream.range(0, n).filter(i -> trainTarget.format(i).equals(label)).toArray();
                assertThat(IntStream.of(sameClass).anyMatch(a -> IntStream.of(sameClass).anyMatch(b -> a != b
                        && Segments.onSegment(p, Segments.point(train, names, a), Segments.point(train, names, b)))))
                        .as("fold %d: synthetic row %d lies between two training rows of class %s", f, s, label).isTrue();
            }
        }
    }
}
