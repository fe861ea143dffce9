package dev.lathe.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonFixturesTest {

    @Test
    void aMissingFixtureIsNamedInTheError() {
        assertThatThrownBy(() -> JsonFixtures.read("nowhere/absent.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no fixture fixtures/nowhere/absent.json");
    }

    @Test
    void nullIsNanInNumbersAndNullInText() throws Exception {
        JsonNode numbers = new ObjectMapper().readTree("[1.5, null, -2]");
        JsonNode text = new ObjectMapper().readTree("[\"a\", null]");

        assertThat(JsonFixtures.doubles(numbers)).containsExactly(1.5, Double.NaN, -2.0);
        assertThat(JsonFixtures.strings(text)).containsExactly("a", null);
        assertThat(JsonFixtures.matrix(new ObjectMapper().readTree("[[1, 2], [3, 4]]")))
                .isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
    }
}
