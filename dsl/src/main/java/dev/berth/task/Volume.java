package dev.berth.task;

import java.util.Objects;
import java.util.function.Consumer;

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
 * {@link #efs(String, Consumer)}, an Amazon EFS file system: storage that outlives the task and is shared by every
 * task that mounts it.
 */
public sealed interface Volume permits Volume.Bind, Volume.Efs {

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

    /**
     * An Amazon EFS file system mounted into the task: one the program creates ({@link Efs.Builder#fileSystem}),
     * or one that exists ({@link Efs.Builder#fileSystemId}). Always with encryption in transit and IAM
     * authorization (the task role), as AWS requires for IAM authorization and access points (Amazon ECS Developer
     * Guide, "Specify an Amazon EFS file system in an Amazon ECS task definition": transitEncryption, iam). Berth
     * grants the task role {@code elasticfilesystem:ClientMount}, {@code ClientWrite} unless {@link #readOnly()},
     * and {@code ClientRootAccess} only if {@link #rootAccess()}, on exactly this file system (and through exactly
     * this access point); with an existing task role the program must grant them itself. On Fargate EFS needs
     * platform version 1.4.0 or later.
     *
     * @param name           the volume's name, which mount points name. Valid: 1 to 255 letters, digits, hyphens
     *                       and underscores, unique in the task
     * @param fileSystem     a file system of the program ({@code Application.Builder#fileSystem}), or "" with
     *                       {@link #fileSystemId}
     * @param accessPoint    an access point of that file system, or "" for none
     * @param fileSystemId   an existing file system's ID ({@code fs-...}), or "" with {@link #fileSystem}
     * @param accessPointId  an existing access point's ID ({@code fsap-...}) of that file system, or "" for none
     * @param securityGroupId the existing file system's mount target security group, to which Berth adds the
     *                       ingress rule for the tasks (NFS, TCP 2049). Required with {@link #fileSystemId}.
     * @param rootDirectory  the directory of the file system mounted as the volume's root. Default: "" (the root, or
     *                       the access point's). Valid: an absolute path, and none with an access point.
     * @param readOnly       whether the task may only read: every mount of the volume is read-only and the task
     *                       role gets no {@code ClientWrite}. Default: false.
     * @param rootAccess     whether the task role may act as root on the file system ({@code ClientRootAccess}).
     *                       Default: false (EFS squashes root to nobody).
     */
    record Efs(String name, String fileSystem, String accessPoint, String fileSystemId, String accessPointId,
               String securityGroupId, String rootDirectory, boolean readOnly, boolean rootAccess) implements Volume {
        /**
         * Creates the volume; programs use {@link Volume#efs(String, Consumer)}.
         *
         * @param name            the volume's name
         * @param fileSystem      a file system of the program, or ""
         * @param accessPoint     an access point of that file system, or ""
         * @param fileSystemId    an existing file system's ID, or ""
         * @param accessPointId   an existing access point's ID, or ""
         * @param securityGroupId the existing file system's security group, or ""
         * @param rootDirectory   the directory mounted as the root, or ""
         * @param readOnly        whether the task may only read
         * @param rootAccess      whether the task role may act as root
         * @throws NullPointerException when a reference component is null
         */
        public Efs {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fileSystem, "fileSystem");
            Objects.requireNonNull(accessPoint, "accessPoint");
            Objects.requireNonNull(fileSystemId, "fileSystemId");
            Objects.requireNonNull(accessPointId, "accessPointId");
            Objects.requireNonNull(securityGroupId, "securityGroupId");
            Objects.requireNonNull(rootDirectory, "rootDirectory");
        }

        /**
         * Whether the volume mounts an existing file system (by ID) rather than one of the program.
         *
         * @return true with {@link #fileSystemId}
         */
        public boolean isExisting() {
            return !fileSystemId.isEmpty();
        }

        /**
         * Whether the volume mounts through an access point, the program's or an existing one.
         *
         * @return true with {@link #accessPoint} or {@link #accessPointId}
         */
        public boolean hasAccessPoint() {
            return !accessPoint.isEmpty() || !accessPointId.isEmpty();
        }

        /**
         * A builder holding this volume's values, to change some of them.
         *
         * @return a new builder
         */
        public Builder toBuilder() {
            return new Builder(name).fileSystem(fileSystem).accessPoint(accessPoint).fileSystemId(fileSystemId)
                    .accessPointId(accessPointId).securityGroupId(securityGroupId).rootDirectory(rootDirectory)
                    .readOnly(readOnly).rootAccess(rootAccess);
        }

        /** Builds an {@link Efs} volume; it needs a file system of the program or an existing one's ID. */
        public static final class Builder {
            private String name;
            private String fileSystem = "";
            private String accessPoint = "";
            private String fileSystemId = "";
            private String accessPointId = "";
            private String securityGroupId = "";
            private String rootDirectory = "";
            private boolean readOnly;
            private boolean rootAccess;

            Builder(String name) {
                this.name = name;
            }

            /**
             * The volume's name. Valid: 1 to 255 letters, digits, hyphens and underscores, unique in the task.
             *
             * @param name the new value of {@code name}
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * A file system the program creates, by its name. Default: "" (none). Valid: a file system of the
             * program; not with {@link #fileSystemId(String)}.
             *
             * @param name the new value of {@code fileSystem}
             * @return this builder
             */
            public Builder fileSystem(String name) {
                this.fileSystem = name;
                return this;
            }

            /**
             * An access point of the program's file system, by its name. Default: "" (none). Valid: an access point
             * of the file system named with {@link #fileSystem(String)}.
             *
             * @param name the new value of {@code accessPoint}
             * @return this builder
             */
            public Builder accessPoint(String name) {
                this.accessPoint = name;
                return this;
            }

            /**
             * An existing file system, by ID. Default: "" (none). Valid: {@code fs-} and 8 to 40 hexadecimal digits;
             * not with {@link #fileSystem(String)}; needs {@link #securityGroupId(String)}.
             *
             * @param id the new value of {@code fileSystemId}
             * @return this builder
             */
            public Builder fileSystemId(String id) {
                this.fileSystemId = id;
                return this;
            }

            /**
             * An existing access point of the existing file system, by ID. Default: "" (none). Valid: {@code fsap-}
             * and 8 to 40 hexadecimal digits, with {@link #fileSystemId(String)}.
             *
             * @param id the new value of {@code accessPointId}
             * @return this builder
             */
            public Builder accessPointId(String id) {
                this.accessPointId = id;
                return this;
            }

            /**
             * The security group of the existing file system's mount targets: Berth adds the ingress rule that admits
             * the tasks (NFS, TCP 2049) to it. Default: "". Valid: {@code sg-...}; required with
             * {@link #fileSystemId(String)}.
             *
             * @param id the new value of {@code securityGroupId}
             * @return this builder
             */
            public Builder securityGroupId(String id) {
                this.securityGroupId = id;
                return this;
            }

            /**
             * The directory of the file system mounted as the volume's root. Default: "" (the file system's root).
             * Valid: an absolute path; none with an access point (the access point's path is the root).
             *
             * @param path the new value of {@code rootDirectory}
             * @return this builder
             */
            public Builder rootDirectory(String path) {
                this.rootDirectory = path;
                return this;
            }

            /**
             * Whether the task may only read the file system. Default: false.
             *
             * @param readOnly the new value of {@code readOnly}
             * @return this builder
             */
            public Builder readOnly(boolean readOnly) {
                this.readOnly = readOnly;
                return this;
            }

            /**
             * Whether the task role may act as root on the file system. Default: false.
             *
             * @param rootAccess the new value of {@code rootAccess}
             * @return this builder
             */
            public Builder rootAccess(boolean rootAccess) {
                this.rootAccess = rootAccess;
                return this;
            }

            /**
             * Builds the volume. Values are checked later, with the whole program, by the validator.
             *
             * @return the volume
             */
            public Efs build() {
                return new Efs(name, fileSystem, accessPoint, fileSystemId, accessPointId, securityGroupId,
                        rootDirectory, readOnly, rootAccess);
            }
        }
    }

    /**
     * An Amazon EFS file system volume named {@code name} (see {@link Efs}), e.g.
     * {@code Volume.efs("data", v -> v.fileSystem("shared").accessPoint("uploads"))} or
     * {@code Volume.efs("data", v -> v.fileSystemId("fs-0123456789abcdef0").securityGroupId("sg-..."))}. One builder
     * serves both kinds of file system, so the mount options are written once.
     *
     * @param name      the volume's name. Valid: 1 to 255 letters, digits, hyphens and underscores, unique in the task
     * @param configure configures a builder holding the Efs defaults
     * @return the volume
     */
    static Volume efs(String name, Consumer<Efs.Builder> configure) {
        Efs.Builder b = new Efs.Builder(name);
        configure.accept(b);
        return b.build();
    }
}
