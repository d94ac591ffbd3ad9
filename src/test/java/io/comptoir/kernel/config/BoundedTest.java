package io.comptoir.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.inventory.config.InventoryConfig;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bounded settings are checked as the configuration is read, naming the property. */
class BoundedTest {

    private static InventoryConfig inventory(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(InventoryConfig.class)
                .withDefaultValues(values)
                .build();
        return config.getConfigMapping(InventoryConfig.class);
    }

    @Test
    void defaultsAndValuesWithinBoundsAreRead() {
        assertThat(inventory(Map.of()).velocityWindowDays()).isEqualTo(30);
        InventoryConfig config = inventory(Map.of(
                "comptoir.inventory.velocity-window-days", "1",
                "comptoir.inventory.lead-time-days", "0",
                "comptoir.inventory.default-low-threshold", " 7 "));
        assertThat(config.velocityWindowDays()).isEqualTo(1);
        assertThat(config.leadTimeDays()).isZero();
        assertThat(config.defaultLowThreshold()).isEqualTo(7);
    }

    @Test
    void aValueBelowItsBoundFailsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> inventory(Map.of("comptoir.inventory.cover-days", "-1")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("comptoir.inventory.cover-days")
                .hasMessageContaining("must be at least 0, not -1");
        assertThatThrownBy(() -> inventory(Map.of("comptoir.inventory.velocity-window-days", "0")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("comptoir.inventory.velocity-window-days")
                .hasMessageContaining("must be at least 1, not 0");
    }
}
