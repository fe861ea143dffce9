package dev.lathe.ops.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Out-of-range live-monitoring settings are refused with the value given. */
class LiveOptionsTest {

    @Test
    void defaultsAreOffTheLogAndWindowByRows() {
        LiveOptions d = LiveOptions.defaults();
        assertThat(d.sampleRate()).isEqualTo(1.0);
        assertThat(d.windowRows()).isEqualTo(1000);
        assertThat(d.windowTime()).isZero();
        assertThat(d.logDir()).isNull();
        assertThat(d.withLog(Path.of("x"), 2048, 2).logDir()).isEqualTo(Path.of("x"));
    }

    @Test
    void badSettingsAreRefused() {
        LiveOptions d = LiveOptions.defaults();
        assertThatThrownBy(() -> d.withSampling(0, 1)).hasMessage("the sample rate must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> d.withSampling(1.5, 1)).hasMessage("the sample rate must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> d.withQueueCapacity(0))
                .hasMessage("the monitoring queue must hold at least 1 request, got 0");
        assertThatThrownBy(() -> d.withWindow(-1, Duration.ZERO))
                .hasMessage("window rows and time must not be negative, got -1 rows and PT0S");
        assertThatThrownBy(() -> d.withWindow(0, Duration.ZERO))
                .hasMessage("give a window size in rows, a window time, or both");
        assertThatThrownBy(() -> d.withLog(Path.of("x"), 100, 1))
                .hasMessage("log files must allow at least 1024 bytes and 1 file, got 100 bytes and 1 files");
    }
}
