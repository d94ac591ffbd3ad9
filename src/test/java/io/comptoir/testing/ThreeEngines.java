package io.comptoir.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application with only catalog, order and inventory on: what switching the others off does. */
public class ThreeEngines implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("comptoir.engines", "catalog,order,inventory");
    }
}
