package dev.berth.task;

/** The Docker networking mode of a task's containers. Fargate supports only {@link #AWSVPC}. */
public enum NetworkMode {
    /** Each task gets its own ENI and private IP; the only mode Fargate supports. */
    AWSVPC("awsvpc"),
    BRIDGE("bridge"),
    HOST("host");

    private final String value;

    NetworkMode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
