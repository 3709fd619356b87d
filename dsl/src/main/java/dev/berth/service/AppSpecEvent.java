package dev.berth.service;

/**
 * The lifecycle events of an ECS deployment at which CodeDeploy runs a hook (the AppSpec file's {@code Hooks}
 * section for the ECS compute platform).
 */
public enum AppSpecEvent {
    /** Before the replacement task set is created. */
    BEFORE_INSTALL("BeforeInstall"),
    /** After the replacement task set is created and its target group associated. */
    AFTER_INSTALL("AfterInstall"),
    /** After the test listener serves the replacement task set. */
    AFTER_ALLOW_TEST_TRAFFIC("AfterAllowTestTraffic"),
    /** Before production traffic moves to the replacement task set. */
    BEFORE_ALLOW_TRAFFIC("BeforeAllowTraffic"),
    /** After production traffic moved to the replacement task set. */
    AFTER_ALLOW_TRAFFIC("AfterAllowTraffic");

    private final String appSpecName;

    AppSpecEvent(String appSpecName) {
        this.appSpecName = appSpecName;
    }

    /**
     * The event's name in an AppSpec file.
     *
     * @return e.g. {@code AfterAllowTestTraffic}
     */
    public String appSpecName() {
        return appSpecName;
    }
}
