package dev.berth.task;

/** Transport protocol of a port mapping. */
public enum Protocol {
    TCP("tcp"),
    UDP("udp");

    private final String value;

    Protocol(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
