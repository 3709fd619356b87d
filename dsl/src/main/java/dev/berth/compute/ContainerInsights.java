package dev.berth.compute;

/** CloudWatch Container Insights for a cluster (the cluster setting {@code containerInsights}). */
public enum ContainerInsights {
    /** No Container Insights metrics. */
    DISABLED("disabled"),
    /** Cluster- and service-level metrics. */
    ENABLED("enabled"),
    /** Task- and container-level metrics as well (costs more). */
    ENHANCED("enhanced");

    private final String settingValue;

    ContainerInsights(String settingValue) {
        this.settingValue = settingValue;
    }

    /**
     * The value ECS expects in the cluster setting.
     *
     * @return e.g. {@code enhanced}
     */
    public String settingValue() {
        return settingValue;
    }
}
