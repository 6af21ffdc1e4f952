package org.jcpp.liaison.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data set is loaded: {@code liaison.demo.enabled} (env LIAISON_DEMO) when set, otherwise on for the
 * embedded database and off for an external one. Each module loads its own demo data at startup when this is on.
 */
@Component
public class DemoData {

    private final boolean enabled;

    DemoData(@Value("${liaison.demo.enabled:}") String demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = demo.isBlank() ? datasourceUrl.isBlank() : Boolean.parseBoolean(demo.strip());
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Loads a module's demo data as the system, when demo data is on and the module has none yet
     * ({@code alreadyLoaded} says whether it has).
     */
    public void loadOnce(java.util.function.BooleanSupplier alreadyLoaded, Runnable load) {
        if (!enabled || alreadyLoaded.getAsBoolean()) {
            return;
        }
        SystemTask.call(() -> {
            load.run();
            return null;
        });
    }
}
