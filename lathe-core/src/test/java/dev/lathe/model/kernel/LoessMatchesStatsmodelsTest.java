package dev.lathe.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** LOESS agrees with statsmodels 0.13.5's lowess (fixtures/kernel/lowess.json, see the README there) to 1e-9. */
class LoessMatchesStatsmodelsTest {

    static JsonNode fixture() {
        try (InputStream in = LoessMatchesStatsmodelsTest.class.getResourceAsStream("/fixtures/kernel/lowess.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    @Test
    void fittedValuesAndNewPointsAgree() {
        JsonNode f = fixture();
        Frame x = Frame.of(NumericColumn.wrap("x", doubles(f.get("x"))));
        Frame at = Frame.of(NumericColumn.wrap("x", doubles(f.get("xvals"))));
        NumericColumn y = NumericColumn.wrap("y", doubles(f.get("y")));
        for (JsonNode c : f.get("cases")) {
            LoessModel m = new Loess(c.get("frac").asDouble(), c.get("it").asInt()).fit(x, y);
            String what = "frac " + c.get("frac") + " it " + c.get("it");
            assertThat(m.predict(x)).as(what + " fitted").containsExactly(doubles(c.get("fitted")), within(1e-9));
            assertThat(m.predict(at)).as(what + " xvals").containsExactly(doubles(c.get("xvals_fit")), within(1e-9));
        }
    }
}
