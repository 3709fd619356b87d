package dev.berth.task;

import java.util.Objects;

/**
 * A port the container listens on.
 *
 * @param containerPort the port in the container. Valid: 1 to 65535.
 * @param hostPort      the host port; 0 means unset. With awsvpc it must be unset or equal the container port.
 * @param protocol      Default: TCP.
 * @param name          the port's name (used by Service Connect). Default: empty.
 */
public record PortMapping(int containerPort, int hostPort, Protocol protocol, String name) {

    /**
     * Creates the PortMapping.
     *
     * @param containerPort the port in the container. Valid: 1 to 65535.
     * @param hostPort      the host port; 0 means unset. With awsvpc it must be unset or equal the container port.
     * @param protocol      Default: TCP.
     * @param name          the port's name (used by Service Connect). Default: empty.
     * @throws NullPointerException when a reference component is null
     */
    public PortMapping {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(name, "name");
    }

    /**
     * An unnamed TCP port; in awsvpc mode the host port is the container port.
     *
     * @param containerPort the port the container listens on. Valid: 1 to 65535
     * @return the port mapping
     */
    public static PortMapping tcp(int containerPort) {
        return new PortMapping(containerPort, 0, Protocol.TCP, "");
    }
}
