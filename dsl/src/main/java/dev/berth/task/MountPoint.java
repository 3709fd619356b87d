package dev.berth.task;

import java.util.Objects;

/**
 * A volume of the task mounted into a container.
 *
 * @param sourceVolume  the name of a volume of the task ({@link TaskDefinition.Builder#volume(Volume)})
 * @param containerPath where the volume appears in the container. Valid: an absolute path, once per container.
 * @param readOnly      whether the container may only read the volume. Default: false.
 */
public record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {

    /**
     * Creates the MountPoint.
     *
     * @param sourceVolume  the name of a volume of the task
     * @param containerPath where the volume appears in the container. Valid: an absolute path, once per container.
     * @param readOnly      whether the container may only read the volume. Default: false.
     * @throws NullPointerException when a reference component is null
     */
    public MountPoint {
        Objects.requireNonNull(sourceVolume, "sourceVolume");
        Objects.requireNonNull(containerPath, "containerPath");
    }
}
