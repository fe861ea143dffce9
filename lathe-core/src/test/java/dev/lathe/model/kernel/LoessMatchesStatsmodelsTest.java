package dev.lathe.model.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lathe.frame.Frame;
import dev.lathe.frame.NumericColumn;
import dev.lathe.testing.JsonFixtures;
import org.junit.jupiter.api.Test;

/** LOESS agrees with statsmodels 0.13.5's lowess (fixtures/kernel/lowess.json, see the README there) to 1e-9. */
class LoessMatchesStatsmodelsTest {

    @Test
    void fittedValuesAndNewPointsAgree() {
        JsonNode f = JsonFixtures.read("kernel/lowess.json");
        Frame x = Frame.of(NumericColumn.wrap("x", JsonFixtures.doubles(f.get("x"))));
        Frame at = Frame.of(NumericColumn.wrap("x", JsonFixtures.doubles(f.get("xvals"))));
        NumericColumn y = NumericColumn.wrap("y", JsonFixtures.doubles(f.get("y")));
        for (JsonNode c : f.get("cases")) {
            LoessModel m = new Loess(c.get("frac").asDouble(), c.get("it").asInt()).fit(x, y);
            String what = "frac " + c.get("frac") + " it " + c.get("it");
            assertThat(m.predict(x)).as(what + " fitted").containsExactly(JsonFixtures.doubles(c.get("fitted")), within(1e-9));
            assertThat(m.predict(at)).as(what + " xvals").containsExactly(JsonFixtures.doubles(c.get("xvals_fit")), within(1e-9));
        }
    }
}
