package dev.berth.task;

/** Transport protocol of a port mapping. */
public enum Protocol {
    /** TCP. */
    TCP("tcp"),
    /** UDP. */
    UDP("udp");

    private final String value;

    Protocol(String value) {
        this.value = value;
    }

    /**
     * The protocol as ECS spells it.
     *
     * @return {@code tcp} or {@code udp}
     */
    public String value() {
        return value;
    }
}
