package dev.berth.task;

/** The Docker networking mode of a task's containers. Fargate supports only {@link #AWSVPC}. */
public enum NetworkMode {
    /** Each task gets its own ENI and private IP; the only mode Fargate supports. */
    AWSVPC("awsvpc"),
    /** Docker's bridge network on the EC2 instance (EC2 only). */
    BRIDGE("bridge"),
    /** The EC2 instance's network directly (EC2 only). */
    HOST("host"),
    /** No external network: the containers have only a loopback interface (EC2 and external instances only). */
    NONE("none");

    private final String value;

    NetworkMode(String value) {
        this.value = value;
    }

    /**
     * The mode as ECS spells it.
     *
     * @return e.g. {@code awsvpc}
     */
    public String value() {
        return value;
    }
}
