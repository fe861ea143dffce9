package dev.lathe.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lathe.frame.Frame;
import org.junit.jupiter.api.Test;

class CsvFixturesTest {

    @Test
    void aMissingFixtureIsNamedInTheError() {
        assertThatThrownBy(() -> CsvFixtures.read("nowhere/absent.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no fixture fixtures/nowhere/absent.csv");
        assertThatThrownBy(() -> CsvFixtures.resource("refs/absent.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no fixture refs/absent.csv");
    }

    @Test
    void aFixtureIsReadWithItsHeaderAsColumnNames() {
        Frame spector = CsvFixtures.read("logistic/spector.csv");

        assertThat(spector.names()).containsExactly("GPA", "TUCE", "PSI", "GRADE");
        assertThat(spector.rowCount()).isEqualTo(32);
    }
}
