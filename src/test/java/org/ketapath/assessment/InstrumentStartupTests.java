package org.ketapath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.support.Apps;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A broken instrument definition stops the application at startup with one clear message. */
@ExtendWith(OutputCaptureExtension.class)
class InstrumentStartupTests {

    @Test
    void a_broken_instrument_definition_fails_startup_clearly(CapturedOutput output) {
        assertThatThrownBy(() -> Apps.run(
                        "--ketapath.assessment.instruments=classpath*:assessment/broken-instruments/gap-in-bands.json"))
                .isInstanceOf(Exception.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Instrument definition assessment/instruments/gap-in-bands.json is invalid: bands must run"
                        + " in order without gaps");
    }

    @Test
    void enabling_licensed_hit6_texts_without_supplying_them_fails_startup(CapturedOutput output) {
        assertThatThrownBy(() -> Apps.run("--ketapath.assessment.licensed-content.hit-6.enabled=true"))
                .isInstanceOf(Exception.class);

        assertThat(output.getAll()).contains("ketapath.assessment.licensed-content.hit-6.texts.q1 is not set");
    }
}
