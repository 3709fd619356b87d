package dev.berth.task;

import java.util.Objects;

/**
 * A data volume of a task, which its containers mount with {@link Container.Builder#mount(String, String)}. Each kind
 * of volume is a record of this interface, so a new kind (an EFS file system, say) is one more factory here and
 * needs no change to how containers mount it.
 *
 * <p>Kinds: {@link #bind(String)}, a task-scoped bind mount: storage that lives as long as the task, on Fargate in
 * the task's ephemeral storage ({@link TaskDefinition.Builder#ephemeralStorageGiB(int)}). It gives a container with a
 * read-only root file system the folders it must write to ({@code /tmp}, a cache), and lets containers of one task
 * share a folder (a sidecar reading the application's files). Fargate supports only bind mounts among the host
 * volumes (Amazon ECS Developer Guide, "Amazon ECS task definition differences for Fargate": volumes).
 */
public sealed interface Volume permits Volume.Bind {

    /**
     * The volume's name, which mount points name.
     *
     * @return the name; valid: 1 to 255 letters, digits, hyphens and underscores, unique in the task
     */
    String name();

    /**
     * A task-scoped bind mount: empty when the task starts, gone when it stops, shared by the containers that mount
     * it. On EC2 without a host path Docker chooses the folder on the instance.
     *
     * @param name the volume's name, e.g. {@code scratch}. Valid: 1 to 255 letters, digits, hyphens and underscores,
     *             unique in the task
     */
    record Bind(String name) implements Volume {
        /**
         * Creates the volume; programs use {@link Volume#bind(String)}.
         *
         * @param name the volume's name
         * @throws NullPointerException when {@code name} is null
         */
        public Bind {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A task-scoped bind mount named {@code name} (see {@link Bind}).
     *
     * @param name the volume's name, e.g. {@code scratch}. Valid: 1 to 255 letters, digits, hyphens and underscores,
     *             unique in the task
     * @return the volume
     */
    static Volume bind(String name) {
        return new Bind(name);
    }
}
