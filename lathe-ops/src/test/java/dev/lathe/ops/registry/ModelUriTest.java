package dev.lathe.ops.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parsing model URIs. */
class ModelUriTest {

    @Test
    void versionAndAliasForms() {
        assertThat(ModelUri.parse("models:/churn/3")).isEqualTo(new ModelUri("churn", 3, null));
        assertThat(ModelUri.parse("models:/churn@champion")).isEqualTo(new ModelUri("churn", null, "champion"));
        assertThat(ModelUri.parse("models:/churn@champion")).hasToString("models:/churn@champion");
    }

    @Test
    void otherFormsAreRefused() {
        for (String bad : new String[] {"models:/churn", "models:/churn/x", "models:/a/1/2", "models://churn/1",
                "runs:/abc/model"}) {
            assertThatThrownBy(() -> ModelUri.parse(bad)).as(bad).hasMessageContaining("invalid model URI");
        }
    }
}
