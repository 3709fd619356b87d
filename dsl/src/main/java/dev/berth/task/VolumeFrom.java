package dev.berth.task;

import java.util.Objects;

/**
 * Every volume another container of the task mounts, mounted at the same paths ({@code volumesFrom}, Docker's
 * {@code --volumes-from}). ECS accepts it on Fargate and on EC2.
 *
 * @param sourceContainer the name of another container of the task
 * @param readOnly        whether this container may only read the volumes. Default: false.
 */
public record VolumeFrom(String sourceContainer, boolean readOnly) {

    /**
     * Creates the VolumeFrom.
     *
     * @param sourceContainer the name of another container of the task
     * @param readOnly        whether this container may only read the volumes. Default: false.
     * @throws NullPointerException when {@code sourceContainer} is null
     */
    public VolumeFrom {
        Objects.requireNonNull(sourceContainer, "sourceContainer");
    }
}
