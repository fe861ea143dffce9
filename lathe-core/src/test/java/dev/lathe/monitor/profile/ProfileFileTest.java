package dev.lathe.monitor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.monitor.DriftOptions;
import dev.lathe.monitor.ProfileDrift;
import dev.lathe.persist.ModelArchive;
import dev.lathe.persist.ModelFileException;
import dev.lathe.persist.Persistable;
import dev.lathe.persist.StepWriter;
import dev.lathe.pipeline.StepTypes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile read back from a file is checked; inconsistent ones are refused naming what is wrong. */
class ProfileFileTest {

    @TempDir
    Path dir;

    /** A data_profile step whose content {@code body} writes. */
    private record Forged(Consumer<StepWriter> body) implements Persistable {
        @Override
        public String stepType() {
            return ReferenceProfile.Part.TYPE;
        }

        @Override
        public void save(StepWriter out) {
            body.accept(out);
        }
    }

    private Object read(Persistable root) throws IOException {
        Path file = dir.resolve("p.lathe");
        ModelArchive.write(file, Map.of(), root);
        return ModelArchive.read(file, StepTypes.loaders(), ModelArchive.Limits.defaults()).root();
    }

    @Test
    void aSavedProfileReadsBackEqual() throws IOException {
        double[] x = new double[3000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7 == 0 ? Double.NaN : Math.sin(i) * i;
        }
        DataProfile p = Profiler.profile(Frame.of(NumericColumn.of("x", x)), ProfileOptions.defaults());
        DataProfile back = ((ReferenceProfile.Part) read(new ReferenceProfile.Part(p))).profile();
        NumericProfile a = (NumericProfile) p.column("x");
        NumericProfile b = (NumericProfile) back.column("x");
        assertThat(b.present()).isEqualTo(a.present());
        assertThat(b.missing()).isEqualTo(a.missing());
        assertThat(b.sd()).isEqualTo(a.sd());
        assertThat(b.histogram()).isEqualTo(a.histogram());
        assertThat(b.sortedView().getQuantiles()).isEqualTo(a.sortedView().getQuantiles());
        assertThat(back.options()).isEqualTo(p.options());
    }

    @Test
    void inconsistentProfilesAreRefused() {
        DataProfile p = Profiler.profile(Frame.of(NumericColumn.of("x", 1, 2, 3)), ProfileOptions.defaults());
        assertThatThrownBy(() -> read(new Forged(out -> {
            new ReferenceProfile.Part(p).save(out);
            out.put("options", List.of(1000, 50));
        }))).isInstanceOf(ModelFileException.class).hasMessageContaining("profile options [1000, 50], expected four");
        assertThatThrownBy(() -> read(new Forged(out -> {
            new ReferenceProfile.Part(p).save(out);
            out.put("columns", List.of(Map.of("name", "x", "type", "text")));
        }))).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("profiles column 'x' of type 'text'; expected numeric, categorical or boolean");
        assertThatThrownBy(() -> read(new Forged(out -> {
            new ReferenceProfile.Part(p).save(out);
            out.put("columns", List.of(Map.of("name", "x", "type", "numeric", "present", 4, "missing", 0, "mean", 2,
                    "squares", 2, "few", false)));
        }))).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("has a sketch of 'x' with 3 values, the profile says 4");
    }

    @Test
    void badProfilesAndOptionsAreRefused() {
        assertThatThrownBy(() -> new ProfileOptions(1000, 0, 10, 64)).hasMessage("bins must be at least 1, got 0");
        assertThatThrownBy(() -> new ProfileOptions(1000, 50, 0, 64))
                .hasMessage("maxCategories must be at least 1, got 0");
        assertThatThrownBy(() -> new NumericProfile("x", new double[] {0, 0}, 1000))
                .hasMessageContaining("histogram edges of 'x' must ascend, got [0.0, 0.0]");
        DataProfile empty = Profiler.profile(Frame.of(NumericColumn.of("x", new double[0])),
                ProfileOptions.defaults());
        assertThatThrownBy(() -> new ProfileDrift(DriftOptions.defaults()).detect(empty,
                Frame.of(NumericColumn.of("x", 1, 2)))).hasMessage("the reference profile is empty (0 rows, 1 "
                + "profiled columns)");
    }
}
