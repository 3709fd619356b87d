package dev.berth.task;

import dev.berth.iam.Grant;
import dev.berth.placement.PlacementConstraint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A task definition: the containers of one task and what the task may do.
 *
 * @param family                   Default: {@code <application>-<service>}.
 * @param cpu                      task CPU units. Default: 256. Fargate valid: 256, 512, 1024, 2048, 4096, 8192,
 *                                 16384.
 * @param memory                   task memory in MiB. Default: 512. Fargate: see the supported cpu/memory pairs. 0
 *                                 means no task-level memory, which ECS accepts off Fargate when every container sets
 *                                 memory or memoryReservation ({@code CONTAINER_RESOURCES}).
 * @param networkMode              Default: {@link NetworkMode#AWSVPC} (the only mode Fargate supports).
 * @param compatibilities          Default: FARGATE.
 * @param cpuArchitecture          Default: X86_64.
 * @param containers               1 to 10 containers, unique names, at least one essential.
 * @param executionRoleArn         an existing task execution role to use instead of the one Berth derives.
 *                                 Default: empty (Berth creates it, scoped to what the containers need).
 * @param taskRoleArn              an existing task role to use instead of Berth's. Default: empty.
 * @param grants                   permissions of the task role (the application's). Default: none.
 * @param ephemeralStorageGiB      the task's ephemeral storage on Fargate in GiB; 0 means Fargate's default of 20
 *                                 GiB. Default: 0. Valid: 0, or 21 to 200 on Fargate; 0 elsewhere.
 * @param volumes                  the task's data volumes, which containers mount. Default: none.
 * @param placementConstraints     {@code memberOf} constraints of every task of this definition (EC2 and Managed
 *                                 Instances). Default: none.
 */
public record TaskDefinition(String family, int cpu, int memory, NetworkMode networkMode,
                             Set<Compatibility> compatibilities, CpuArchitecture cpuArchitecture,
                             List<Container> containers, String executionRoleArn, String taskRoleArn,
                             List<Grant> grants, int ephemeralStorageGiB, List<Volume> volumes,
                             List<PlacementConstraint> placementConstraints) {

    /**
     * Creates the TaskDefinition; programs use {@link #builder()} instead.
     *
     * @param family                   Default: {@code <application>-<service>}.
     * @param cpu                      task CPU units. Default: 256. Fargate valid: 256, 512, 1024, 2048, 4096, 8192,
     *     16384.
     * @param memory                   task memory in MiB. Default: 512. Fargate: see the supported cpu/memory pairs.
     * @param networkMode              Default: {@link NetworkMode#AWSVPC} (the only mode Fargate supports).
     * @param compatibilities          Default: FARGATE.
     * @param cpuArchitecture          Default: X86_64.
     * @param containers               1 to 10 containers, unique names, at least one essential.
     * @param executionRoleArn         an existing task execution role to use instead of the one Berth derives.
     *     Default: empty (Berth creates it, scoped to what the containers need).
     * @param taskRoleArn              an existing task role to use instead of Berth's. Default: empty.
     * @param grants                   permissions of the task role (the application's). Default: none.
     * @param ephemeralStorageGiB      Fargate ephemeral storage in GiB; 0 means the default 20 GiB. Default: 0.
     * @param volumes                  the task's data volumes. Default: none.
     * @param placementConstraints     memberOf constraints (EC2 and Managed Instances). Default: none.
     * @throws NullPointerException when a reference component is null
     */
    public TaskDefinition {
        placementConstraints = List.copyOf(placementConstraints);
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(networkMode, "networkMode");
        Objects.requireNonNull(cpuArchitecture, "cpuArchitecture");
        Objects.requireNonNull(executionRoleArn, "executionRoleArn");
        Objects.requireNonNull(taskRoleArn, "taskRoleArn");
        compatibilities = compatibilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(compatibilities));
        containers = List.copyOf(containers);
        grants = List.copyOf(grants);
        volumes = List.copyOf(volumes);
    }

    /**
     * A task definition without placement constraints (the components before they existed).
     *
     * @param family              the family
     * @param cpu                 task CPU units
     * @param memory              task memory in MiB
     * @param networkMode         the network mode
     * @param compatibilities     the launch types it is validated against
     * @param cpuArchitecture     the CPU architecture
     * @param containers          the containers
     * @param executionRoleArn    an existing execution role, or empty
     * @param taskRoleArn         an existing task role, or empty
     * @param grants              the task role's grants
     * @param ephemeralStorageGiB Fargate ephemeral storage, or 0
     * @param volumes             the data volumes
     */
    public TaskDefinition(String family, int cpu, int memory, NetworkMode networkMode,
                          Set<Compatibility> compatibilities, CpuArchitecture cpuArchitecture,
                          List<Container> containers, String executionRoleArn, String taskRoleArn,
                          List<Grant> grants, int ephemeralStorageGiB, List<Volume> volumes) {
        this(family, cpu, memory, networkMode, compatibilities, cpuArchitecture, containers, executionRoleArn,
                taskRoleArn, grants, ephemeralStorageGiB, volumes, List.of());
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this TaskDefinition's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().family(family).cpu(cpu).memory(memory).networkMode(networkMode)
                .compatibilities(compatibilities).cpuArchitecture(cpuArchitecture)
                .executionRoleArn(executionRoleArn).taskRoleArn(taskRoleArn).ephemeralStorageGiB(ephemeralStorageGiB);
        b.containers.addAll(containers);
        b.grants.addAll(grants);
        b.volumes.addAll(volumes);
        b.placementConstraints.addAll(placementConstraints);
        return b;
    }

    /**
     * Whether the task definition is validated for Fargate.
     *
     * @return true when the compatibilities include {@link Compatibility#FARGATE}
     */
    public boolean requiresFargate() {
        return compatibilities.contains(Compatibility.FARGATE);
    }

    /**
     * Builds a {@link TaskDefinition}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String family = "";
        private int cpu = 256;
        private int memory = 512;
        private NetworkMode networkMode = NetworkMode.AWSVPC;
        private Set<Compatibility> compatibilities = Set.of(Compatibility.FARGATE);
        private CpuArchitecture cpuArchitecture = CpuArchitecture.X86_64;
        private final List<Container> containers = new ArrayList<>();
        private String executionRoleArn = "";
        private String taskRoleArn = "";
        private final List<Grant> grants = new ArrayList<>();
        private int ephemeralStorageGiB;
        private final List<Volume> volumes = new ArrayList<>();
        private final List<PlacementConstraint> placementConstraints = new ArrayList<>();

        private Builder() {
        }

        /**
         * Default: &lt;application&gt;-&lt;service&gt;. Valid: up to 255 letters, digits, hyphens and underscores.
         *
         * @param family the new value of {@code family}
         * @return this builder
         */
        public Builder family(String family) {
            this.family = family;
            return this;
        }

        /**
         * Task CPU units. Default: 256. Fargate valid: 256, 512, 1024, 2048, 4096, 8192, 16384.
         *
         * @param cpu the new value of {@code cpu}
         * @return this builder
         */
        public Builder cpu(int cpu) {
            this.cpu = cpu;
            return this;
        }

        /**
         * Task memory in MiB. Default: 512. Valid on Fargate: a memory Fargate offers for the cpu, e.g. 512 to 2048
         * for 256 CPU units, 1024 to 4096 for 512. Off Fargate 0 leaves task-level memory out; every container must
         * then set memory or memoryReservation ({@code CONTAINER_RESOURCES}).
         *
         * @param mib the new value of {@code memory}
         * @return this builder
         */
        public Builder memory(int mib) {
            this.memory = mib;
            return this;
        }

        /**
         * Default: AWSVPC. Valid: AWSVPC when Fargate-compatible.
         *
         * @param networkMode the new value of {@code networkMode}
         * @return this builder
         */
        public Builder networkMode(NetworkMode networkMode) {
            this.networkMode = networkMode;
            return this;
        }

        /**
         * Default: FARGATE. Valid: must include what the service's launch type or capacity providers need (FARGATE
         * or EC2).
         *
         * @param compatibilities the new value of {@code compatibilities}
         * @return this builder
         */
        public Builder compatibilities(Set<Compatibility> compatibilities) {
            this.compatibilities = Set.copyOf(compatibilities);
            return this;
        }

        /**
         * Default: FARGATE. Valid: must include what the service's launch type or capacity providers need (FARGATE
         * or EC2).
         *
         * @param compatibilities the new value of {@code compatibilities}, in order
         * @return this builder
         */
        public Builder compatibilities(Compatibility... compatibilities) {
            return compatibilities(Set.of(compatibilities));
        }

        /**
         * Default: X86_64.
         *
         * @param architecture the new value of {@code cpuArchitecture}
         * @return this builder
         */
        public Builder cpuArchitecture(CpuArchitecture architecture) {
            this.cpuArchitecture = architecture;
            return this;
        }

        /**
         * Adds a container named {@code name}. Required: at least one. Valid: 1 to 10 containers with unique names,
         * at least one essential.
         *
         * @param name the container's name, unique in the task
         * @param configure configures a builder holding the Container defaults
         * @return this builder
         */
        public Builder container(String name, Consumer<Container.Builder> configure) {
            Container.Builder b = Container.builder().name(name);
            configure.accept(b);
            containers.add(b.build());
            return this;
        }

        /**
         * Adds a container built elsewhere. Required: at least one. Valid: 1 to 10 containers with unique names, at
         * least one essential.
         *
         * @param container the container; its name must be unique in the task
         * @return this builder
         */
        public Builder container(Container container) {
            containers.add(container);
            return this;
        }

        /**
         * Use an existing execution role instead of the derived one. Default: empty (Berth creates it, scoped to
         * what the containers need). Valid: an IAM role ARN.
         *
         * @param arn the new value of {@code executionRoleArn}
         * @return this builder
         */
        public Builder executionRoleArn(String arn) {
            this.executionRoleArn = arn;
            return this;
        }

        /**
         * Use an existing task role instead of Berth's (its grants are then not applied). Default: empty (Berth
         * creates it from the grants). Valid: an IAM role ARN.
         *
         * @param arn the new value of {@code taskRoleArn}
         * @return this builder
         */
        public Builder taskRoleArn(String arn) {
            this.taskRoleArn = arn;
            return this;
        }

        /**
         * Adds a permission to the task role (see {@link Grant}'s factories). Default: no grants.
         *
         * @param grant the new value of {@code grant}
         * @return this builder
         */
        public Builder grant(Grant grant) {
            grants.add(grant);
            return this;
        }

        /**
         * The task's ephemeral storage on Fargate, shared by its containers' writable layers and bind volumes.
         * Default: 0, meaning Fargate's 20 GiB. Valid: 0, or 21 to 200 GiB; Fargate only (Amazon ECS API Reference,
         * "EphemeralStorage": {@code EPHEMERAL_STORAGE}).
         *
         * @param gib the new value of {@code ephemeralStorageGiB}
         * @return this builder
         */
        public Builder ephemeralStorageGiB(int gib) {
            this.ephemeralStorageGiB = gib;
            return this;
        }

        /**
         * Adds a data volume, e.g. {@code Volume.bind("scratch")}, which containers mount with
         * {@link Container.Builder#mount(String, String)}. Default: none. Valid: a unique name of 1 to 255 letters,
         * digits, hyphens and underscores.
         *
         * @param volume the volume
         * @return this builder
         */
        public Builder volume(Volume volume) {
            volumes.add(volume);
            return this;
        }

        /**
         * Adds the task's log router with Berth's defaults: a container named {@link LogRouter#DEFAULT_NAME}
         * ({@code log_router}) running {@link LogRouter#AWS_FOR_FLUENT_BIT_IMAGE} as Fluent Bit with ECS metadata
         * ({@link LogRouter#fluentBit()}), essential (as AWS recommends), with a memory reservation of
         * {@link LogRouter#DEFAULT_MEMORY_RESERVATION_MIB} MiB, logging its own output with awslogs to the service's
         * log group. Containers send their logs to it with {@code logging(Logging.fireLens(...))}; Berth makes them
         * start after it ({@code dependsOn START}) and runs it as root ({@code user "0"}), which FireLens requires.
         *
         * @return this builder
         */
        public Builder logRouter() {
            return logRouter(r -> {
            });
        }

        /**
         * Adds the task's log router with Berth's defaults (see {@link #logRouter()}), changed by {@code configure},
         * e.g. {@code logRouter(r -> r.image(ecrCopyOfAwsForFluentBit).memoryReservation(100))}.
         * Valid: one log router per task ({@code LOG_ROUTER}).
         *
         * @param configure changes the router container's settings, starting from Berth's defaults
         * @return this builder
         */
        public Builder logRouter(Consumer<Container.Builder> configure) {
            Container.Builder b = Container.builder().name(LogRouter.DEFAULT_NAME)
                    .image(LogRouter.AWS_FOR_FLUENT_BIT_IMAGE)
                    .memoryReservation(LogRouter.DEFAULT_MEMORY_RESERVATION_MIB).logRouter(LogRouter.fluentBit());
            configure.accept(b);
            containers.add(b.build());
            return this;
        }

        /**
         * Adds a {@code memberOf} placement constraint every task of this definition obeys, e.g.
         * {@code PlacementConstraint.memberOf("attribute:ecs.cpu-architecture == arm64")}. Default: none. Valid:
         * memberOf only (ECS takes distinctInstance on services only); EC2 and Managed Instances, not Fargate.
         *
         * @param constraint the constraint
         * @return this builder
         */
        public Builder placementConstraint(PlacementConstraint constraint) {
            placementConstraints.add(constraint);
            return this;
        }

        /**
         * Builds the TaskDefinition. Values are checked later, with the whole program, by the validator.
         *
         * @return the TaskDefinition
         */
        public TaskDefinition build() {
            return new TaskDefinition(family, cpu, memory, networkMode, compatibilities, cpuArchitecture,
                    containers, executionRoleArn, taskRoleArn, grants, ephemeralStorageGiB, volumes,
                    placementConstraints);
        }
    }
}
