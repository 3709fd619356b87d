package dev.berth.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One container of a task definition.
 *
 * @param name                     identity within the task. Required. Valid: letters, digits, hyphens, up to 255.
 * @param image                    Required.
 * @param cpu                      CPU units reserved for the container. Default: 0 (shares the task's CPU).
 * @param memory                   hard memory limit in MiB; 0 means none. Default: 0.
 * @param memoryReservation        soft memory limit in MiB; 0 means none. Default: 0.
 * @param essential                whether the task stops when this container stops. Default: true.
 * @param portMappings             Default: none.
 * @param environment              plain environment variables, in the order given. Default: none.
 * @param secrets                  variables read from SSM or Secrets Manager at start. Default: none.
 * @param repositoryCredentialsArn the complete ARN of the Secrets Manager secret holding private registry
 *                                 credentials. Default: empty.
 * @param healthCheck              Default: {@link HealthCheck#NONE}.
 * @param command                  Default: the image's CMD.
 * @param entryPoint               Default: the image's ENTRYPOINT.
 * @param dependsOn                start ordering against other containers of the task. Default: none.
 * @param logging                  Default: awslogs to a group Berth declares ({@link Logging#DEFAULT}).
 * @param readonlyRootFilesystem   Default: false.
 * @param user                     the user (and group) the container's processes run as. Default: empty (the
 *                                 image's USER).
 * @param workingDirectory         the working directory of the command. Default: empty (the image's WORKDIR).
 * @param stopTimeoutSeconds       how long ECS waits after SIGTERM before it kills the container; 0 means the
 *                                 default (30 seconds). Default: 0.
 * @param dockerLabels             Docker labels, in the order given. Default: none.
 * @param privileged               root on the host (EC2 only). Default: false.
 * @param ulimits                  resource limits. Default: none.
 * @param linuxParameters          capabilities, init process, shared memory. Default: {@link LinuxParameters#NONE}.
 * @param environmentFiles         S3 object ARNs of {@code .env} files the agent reads at start. Default: none.
 * @param mountPoints              volumes of the task mounted into the container. Default: none.
 * @param volumesFrom              containers whose volumes this one mounts. Default: none.
 * @param repositoryCredentialsKmsKeyArn the customer managed KMS key that encrypts the registry credentials' secret;
 *                                 adds {@code kms:Decrypt} on it to the execution role. Default: empty.
 * @param logRouter                this container's FireLens configuration, which makes it the task's log router.
 *                                 Default: {@link LogRouter#NONE}.
 * @param gpus                     GPUs reserved for the container ({@code resourceRequirements} GPU); EC2 and Managed
 *                                 Instances with GPU instances only. Default: 0 (none).
 * @param inferenceAccelerator     an Elastic Inference accelerator type; AWS retired Elastic Inference, so any value
 *                                 is an error ({@code ELASTIC_INFERENCE_RETIRED}). Default: empty (none).
 */
public record Container(String name, Image image, int cpu, int memory, int memoryReservation, boolean essential,
                        List<PortMapping> portMappings, Map<String, String> environment, List<Secret> secrets,
                        String repositoryCredentialsArn, HealthCheck healthCheck, List<String> command,
                        List<String> entryPoint, List<ContainerDependency> dependsOn, Logging logging,
                        boolean readonlyRootFilesystem, String user, String workingDirectory,
                        int stopTimeoutSeconds, Map<String, String> dockerLabels, boolean privileged,
                        List<Ulimit> ulimits, LinuxParameters linuxParameters, List<String> environmentFiles,
                        List<MountPoint> mountPoints, List<VolumeFrom> volumesFrom,
                        String repositoryCredentialsKmsKeyArn, LogRouter logRouter, int gpus,
                        String inferenceAccelerator) {

    /**
     * Creates the Container; programs use {@link #builder()} instead.
     *
     * @param name                     identity within the task. Required. Valid: letters, digits, hyphens, up to 255.
     * @param image                    Required.
     * @param cpu                      CPU units reserved for the container. Default: 0 (shares the task's CPU).
     * @param memory                   hard memory limit in MiB; 0 means none. Default: 0.
     * @param memoryReservation        soft memory limit in MiB; 0 means none. Default: 0.
     * @param essential                whether the task stops when this container stops. Default: true.
     * @param portMappings             Default: none.
     * @param environment              plain environment variables, in the order given. Default: none.
     * @param secrets                  variables read from SSM or Secrets Manager at start. Default: none.
     * @param repositoryCredentialsArn the complete ARN of the Secrets Manager secret holding private registry
     *     credentials. Default: empty.
     * @param healthCheck              Default: {@link HealthCheck#NONE}.
     * @param command                  Default: the image's CMD.
     * @param entryPoint               Default: the image's ENTRYPOINT.
     * @param dependsOn                start ordering against other containers of the task. Default: none.
     * @param logging                  Default: awslogs to a group Berth declares ({@link Logging#DEFAULT}).
     * @param readonlyRootFilesystem   Default: false.
     * @param user                     the user (and group) the processes run as. Default: empty (the image's USER).
     * @param workingDirectory         the working directory of the command. Default: empty (the image's WORKDIR).
     * @param stopTimeoutSeconds       seconds from SIGTERM to SIGKILL; 0 means the default (30). Default: 0.
     * @param dockerLabels             Docker labels, in the order given. Default: none.
     * @param privileged               root on the host (EC2 only). Default: false.
     * @param ulimits                  resource limits. Default: none.
     * @param linuxParameters          capabilities, init process, shared memory. Default: {@link LinuxParameters#NONE}.
     * @param environmentFiles         S3 object ARNs of {@code .env} files. Default: none.
     * @param mountPoints              volumes of the task mounted into the container. Default: none.
     * @param volumesFrom              containers whose volumes this one mounts. Default: none.
     * @param repositoryCredentialsKmsKeyArn the KMS key of the registry credentials' secret. Default: empty.
     * @param logRouter                the container's FireLens configuration. Default: {@link LogRouter#NONE}.
     * @param gpus                     GPUs reserved for the container. Default: 0.
     * @param inferenceAccelerator     an Elastic Inference accelerator type (retired). Default: empty.
     * @throws NullPointerException when a reference component is null
     */
    public Container {
        Objects.requireNonNull(inferenceAccelerator, "inferenceAccelerator");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(repositoryCredentialsArn, "repositoryCredentialsArn");
        Objects.requireNonNull(healthCheck, "healthCheck");
        Objects.requireNonNull(logging, "logging");
        portMappings = List.copyOf(portMappings);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        secrets = List.copyOf(secrets);
        command = List.copyOf(command);
        entryPoint = List.copyOf(entryPoint);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        dockerLabels = Collections.unmodifiableMap(new LinkedHashMap<>(dockerLabels));
        ulimits = List.copyOf(ulimits);
        Objects.requireNonNull(linuxParameters, "linuxParameters");
        environmentFiles = List.copyOf(environmentFiles);
        mountPoints = List.copyOf(mountPoints);
        volumesFrom = List.copyOf(volumesFrom);
        Objects.requireNonNull(repositoryCredentialsKmsKeyArn, "repositoryCredentialsKmsKeyArn");
        Objects.requireNonNull(logRouter, "logRouter");
    }

    /**
     * A container without GPUs or an inference accelerator (the components before they existed).
     *
     * @param name                     the container's name
     * @param image                    the image
     * @param cpu                      CPU units
     * @param memory                   hard memory limit, or 0
     * @param memoryReservation        soft memory limit, or 0
     * @param essential                whether the task stops when it stops
     * @param portMappings             the port mappings
     * @param environment              the environment variables
     * @param secrets                  the secrets
     * @param repositoryCredentialsArn the registry credentials' secret, or empty
     * @param healthCheck              the health check
     * @param command                  the command
     * @param entryPoint               the entry point
     * @param dependsOn                the start ordering
     * @param logging                  the logging
     * @param readonlyRootFilesystem   whether the root file system is read-only
     * @param user                     the user, or empty
     * @param workingDirectory         the working directory, or empty
     * @param stopTimeoutSeconds       the stop timeout, or 0
     * @param dockerLabels             the Docker labels
     * @param privileged               whether it is privileged
     * @param ulimits                  the ulimits
     * @param linuxParameters          the Linux parameters
     * @param environmentFiles         the environment files
     * @param mountPoints              the mount points
     * @param volumesFrom              the volumes from other containers
     * @param repositoryCredentialsKmsKeyArn the KMS key of the registry credentials, or empty
     * @param logRouter                the FireLens configuration
     */
    public Container(String name, Image image, int cpu, int memory, int memoryReservation, boolean essential,
                     List<PortMapping> portMappings, Map<String, String> environment, List<Secret> secrets,
                     String repositoryCredentialsArn, HealthCheck healthCheck, List<String> command,
                     List<String> entryPoint, List<ContainerDependency> dependsOn, Logging logging,
                     boolean readonlyRootFilesystem, String user, String workingDirectory,
                     int stopTimeoutSeconds, Map<String, String> dockerLabels, boolean privileged,
                     List<Ulimit> ulimits, LinuxParameters linuxParameters, List<String> environmentFiles,
                     List<MountPoint> mountPoints, List<VolumeFrom> volumesFrom,
                     String repositoryCredentialsKmsKeyArn, LogRouter logRouter) {
        this(name, image, cpu, memory, memoryReservation, essential, portMappings, environment, secrets,
                repositoryCredentialsArn, healthCheck, command, entryPoint, dependsOn, logging,
                readonlyRootFilesystem, user, workingDirectory, stopTimeoutSeconds, dockerLabels, privileged, ulimits,
                linuxParameters, environmentFiles, mountPoints, volumesFrom, repositoryCredentialsKmsKeyArn,
                logRouter, 0, "");
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
     * A builder holding this Container's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).image(image).cpu(cpu).memory(memory)
                .memoryReservation(memoryReservation).essential(essential)
                .repositoryCredentials(repositoryCredentialsArn).healthCheck(healthCheck).command(command)
                .entryPoint(entryPoint).logging(logging).readonlyRootFilesystem(readonlyRootFilesystem).user(user)
                .workingDirectory(workingDirectory).stopTimeoutSeconds(stopTimeoutSeconds).privileged(privileged)
                .linuxParameters(linuxParameters).logRouter(logRouter).gpus(gpus)
                .inferenceAccelerator(inferenceAccelerator);
        b.repositoryCredentialsKmsKeyArn = repositoryCredentialsKmsKeyArn;
        b.portMappings.addAll(portMappings);
        b.dockerLabels.putAll(dockerLabels);
        b.ulimits.addAll(ulimits);
        b.environmentFiles.addAll(environmentFiles);
        b.mountPoints.addAll(mountPoints);
        b.volumesFrom.addAll(volumesFrom);
        b.environment.putAll(environment);
        b.secrets.addAll(secrets);
        b.dependsOn.addAll(dependsOn);
        return b;
    }

    /**
     * Builds a {@link Container}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private Image image = Image.of("");
        private int cpu;
        private int memory;
        private int memoryReservation;
        private boolean essential = true;
        private final List<PortMapping> portMappings = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<Secret> secrets = new ArrayList<>();
        private String repositoryCredentialsArn = "";
        private HealthCheck healthCheck = HealthCheck.NONE;
        private List<String> command = List.of();
        private List<String> entryPoint = List.of();
        private final List<ContainerDependency> dependsOn = new ArrayList<>();
        private Logging logging = Logging.DEFAULT;
        private boolean readonlyRootFilesystem;
        private String user = "";
        private String workingDirectory = "";
        private int stopTimeoutSeconds;
        private final Map<String, String> dockerLabels = new LinkedHashMap<>();
        private boolean privileged;
        private final List<Ulimit> ulimits = new ArrayList<>();
        private LinuxParameters linuxParameters = LinuxParameters.NONE;
        private final List<String> environmentFiles = new ArrayList<>();
        private final List<MountPoint> mountPoints = new ArrayList<>();
        private final List<VolumeFrom> volumesFrom = new ArrayList<>();
        private String repositoryCredentialsKmsKeyArn = "";
        private LogRouter logRouter = LogRouter.NONE;
        private int gpus;
        private String inferenceAccelerator = "";

        private Builder() {
        }

        /**
         * Identity within the task. Required. Valid: letters, digits, hyphens and underscores, starting with a
         * letter or digit, up to 255.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The image, e.g. {@code nginx:1.27}. Required. Valid: an image reference; a tag other than {@code latest},
         * or a digest, is advised ({@code IMAGE_MUTABLE_TAG}).
         *
         * @param reference the new value of {@code image}
         * @return this builder
         */
        public Builder image(String reference) {
            return image(Image.of(reference));
        }

        /**
         * The image. Required. Valid: a tag other than {@code latest}, or a digest, is advised ({@code
         * IMAGE_MUTABLE_TAG}).
         *
         * @param image the new value of {@code image}
         * @return this builder
         */
        public Builder image(Image image) {
            this.image = image;
            return this;
        }

        /**
         * CPU units (1024 = one vCPU). Default: 0. Valid: 0 or more; the containers together at most the task's
         * cpu.
         *
         * @param cpu the new value of {@code cpu}
         * @return this builder
         */
        public Builder cpu(int cpu) {
            this.cpu = cpu;
            return this;
        }

        /**
         * Hard limit in MiB. Default: none. Valid: 0, or 6 or more and at least the reservation; the containers
         * together at most the task's memory.
         *
         * @param mib the new value of {@code memory}
         * @return this builder
         */
        public Builder memory(int mib) {
            this.memory = mib;
            return this;
        }

        /**
         * Soft limit in MiB. Default: none. Valid: 0 or more; the containers together at most the task's memory.
         *
         * @param mib the new value of {@code memoryReservation}
         * @return this builder
         */
        public Builder memoryReservation(int mib) {
            this.memoryReservation = mib;
            return this;
        }

        /**
         * Default: true. Valid: at least one container of the task is essential.
         *
         * @param essential the new value of {@code essential}
         * @return this builder
         */
        public Builder essential(boolean essential) {
            this.essential = essential;
            return this;
        }

        /**
         * Adds a TCP port. Default: no ports. Valid: 1 to 65535, unique in the container.
         *
         * @param containerPort the port the container listens on. Valid: 1 to 65535
         * @return this builder
         */
        public Builder port(int containerPort) {
            portMappings.add(PortMapping.tcp(containerPort));
            return this;
        }

        /**
         * Adds a named TCP port. Default: no ports. Valid: 1 to 65535, unique in the container.
         *
         * @param containerPort the port the container listens on. Valid: 1 to 65535
         * @param name the port mapping's name, unique in the task
         * @return this builder
         */
        public Builder port(int containerPort, String name) {
            portMappings.add(new PortMapping(containerPort, 0, Protocol.TCP, name));
            return this;
        }

        /**
         * Adds a port mapping built elsewhere. Default: no port mappings.
         *
         * @param mapping the mapping; its container port must be 1 to 65535 and unique in the container
         * @return this builder
         */
        public Builder portMapping(PortMapping mapping) {
            portMappings.add(mapping);
            return this;
        }

        /**
         * Adds a plain environment variable (visible in the task definition: use a secret for anything sensitive).
         * Default: none. Valid: a name unique in the container.
         *
         * @param name the variable's name
         * @param value its value
         * @return this builder
         */
        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /**
         * Adds a secret read from an SSM parameter (name or ARN) at task start. Default: no secrets. Valid: a
         * variable name unique in the container.
         *
         * @param name the variable's name
         * @param parameterNameOrArn the SSM parameter's name or ARN
         * @return this builder
         */
        public Builder secretFromSsm(String name, String parameterNameOrArn) {
            secrets.add(Secret.fromSsmParameter(name, parameterNameOrArn));
            return this;
        }

        /**
         * Adds a secret read at task start from a Secrets Manager secret given by its complete ARN (ending in a
         * hyphen and six random characters). For a partial ARN, a name, a JSON key or a version use {@link
         * #secretFromSecretsManager(String, SecretRef)}. Default: no secrets. Valid: a variable name unique in the
         * container.
         *
         * @param name the variable's name
         * @param secretArn the secret's complete ARN
         * @return this builder
         */
        public Builder secretFromSecretsManager(String name, String secretArn) {
            secrets.add(Secret.fromSecretsManager(name, secretArn));
            return this;
        }

        /**
         * Adds one JSON key of a Secrets Manager secret, given by its complete ARN, as a variable. Default: no
         * secrets. Valid: a variable name unique in the container.
         *
         * @param name the variable's name
         * @param secretArn the secret's complete ARN
         * @param jsonKey the key of the secret's JSON value to read
         * @return this builder
         */
        public Builder secretFromSecretsManager(String name, String secretArn, String jsonKey) {
            secrets.add(Secret.fromSecretsManager(name, secretArn, jsonKey));
            return this;
        }

        /**
         * Adds a secret read at task start from Secrets Manager, e.g. {@code
         * SecretRef.name("prod/db").withJsonKey("password")} or {@code
         * SecretRef.arn(arn).withVersionStage("AWSPREVIOUS")}. Default: no secrets. Valid: a variable name unique
         * in the container.
         *
         * @param name the variable's name
         * @param secret the secret, and optionally its JSON key and version
         * @return this builder
         */
        public Builder secretFromSecretsManager(String name, SecretRef secret) {
            secrets.add(Secret.fromSecretsManager(name, secret));
            return this;
        }

        /**
         * Adds a secret built elsewhere (see {@link Secret}'s factories). Default: no secrets.
         *
         * @param secret the secret; its variable name must be unique in the container
         * @return this builder
         */
        public Builder secret(Secret secret) {
            secrets.add(secret);
            return this;
        }

        /**
         * Private registry credentials: the complete ARN of a Secrets Manager secret. Default: none (public or ECR
         * images). Valid: {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>}.
         *
         * @param secretArn the new value of {@code repositoryCredentials}
         * @return this builder
         */
        public Builder repositoryCredentials(String secretArn) {
            this.repositoryCredentialsArn = secretArn;
            return this;
        }

        /**
         * Private registry credentials in a Secrets Manager secret encrypted with a customer managed KMS key: the
         * execution role may read the secret and decrypt with exactly that key ({@code kms:Decrypt}). Default: none.
         * Valid: the secret's complete ARN and a KMS key ARN ({@code arn:<partition>:kms:<region>:<account>:key/<id>}).
         *
         * @param secretArn the secret's complete ARN
         * @param kmsKeyArn the ARN of the key that encrypts it
         * @return this builder
         */
        public Builder repositoryCredentials(String secretArn, String kmsKeyArn) {
            this.repositoryCredentialsArn = secretArn;
            this.repositoryCredentialsKmsKeyArn = kmsKeyArn;
            return this;
        }

        /**
         * Default: {@link HealthCheck#NONE}. Valid: interval 5 to 300, timeout 2 to 60, retries 1 to 10, start
         * period 0 to 300 seconds.
         *
         * @param healthCheck the new value of {@code healthCheck}
         * @return this builder
         */
        public Builder healthCheck(HealthCheck healthCheck) {
            this.healthCheck = healthCheck;
            return this;
        }

        /**
         * Default: the image's CMD.
         *
         * @param command the new value of {@code command}, in order
         * @return this builder
         */
        public Builder command(List<String> command) {
            this.command = List.copyOf(command);
            return this;
        }

        /**
         * Default: the image's CMD.
         *
         * @param command the new value of {@code command}, in order
         * @return this builder
         */
        public Builder command(String... command) {
            return command(List.of(command));
        }

        /**
         * Default: the image's ENTRYPOINT.
         *
         * @param entryPoint the new value of {@code entryPoint}, in order
         * @return this builder
         */
        public Builder entryPoint(List<String> entryPoint) {
            this.entryPoint = List.copyOf(entryPoint);
            return this;
        }

        /**
         * Default: the image's ENTRYPOINT.
         *
         * @param entryPoint the new value of {@code entryPoint}, in order
         * @return this builder
         */
        public Builder entryPoint(String... entryPoint) {
            return entryPoint(List.of(entryPoint));
        }

        /**
         * Start this container only once {@code container} reached {@code condition}. Default: no dependencies.
         * Valid: another container of the task; {@link DependencyCondition#HEALTHY} needs a health check on it.
         *
         * @param container the name of another container of the task
         * @param condition the state it must reach first
         * @return this builder
         */
        public Builder dependsOn(String container, DependencyCondition condition) {
            dependsOn.add(new ContainerDependency(container, condition));
            return this;
        }

        /**
         * Default: awslogs to a group Berth declares ({@link Logging#DEFAULT}).
         *
         * @param logging the new value of {@code logging}
         * @return this builder
         */
        public Builder logging(Logging logging) {
            this.logging = logging;
            return this;
        }

        /**
         * Default: awslogs to a group Berth declares ({@link Logging#DEFAULT}).
         *
         * @param configure configures a builder holding the Logging defaults
         * @return this builder
         */
        public Builder logging(java.util.function.Consumer<Logging.Builder> configure) {
            Logging.Builder b = logging.toBuilder();
            configure.accept(b);
            this.logging = b.build();
            return this;
        }

        /**
         * A read-only root file system: the container can write only to the volumes it mounts. Give it a task-scoped
         * volume for each folder it writes to, e.g. {@code t.volume(Volume.bind("tmp")).container("app", c -> c
         * .readonlyRootFilesystem(true).mount("tmp", "/tmp"))}. Default: false. ECS Exec does not work in such a
         * container (AWS documents the read-only root as unsupported with it: {@code EXEC_READONLY_ROOT}).
         *
         * @param readonly the new value of {@code readonlyRootFilesystem}
         * @return this builder
         */
        public Builder readonlyRootFilesystem(boolean readonly) {
            this.readonlyRootFilesystem = readonly;
            return this;
        }

        /**
         * The user the container's processes run as, e.g. {@code 1000}, {@code 1000:1000}, {@code app} or
         * {@code app:staff}. Default: empty (the image's USER, often root). Valid: {@code user}, {@code user:group},
         * {@code uid}, {@code uid:gid}, {@code user:gid} or {@code uid:group}, with numeric IDs as non-negative
         * integers (Amazon ECS API Reference, ContainerDefinition {@code user}).
         *
         * @param user the new value of {@code user}
         * @return this builder
         */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /**
         * The working directory the command runs in. Default: empty (the image's WORKDIR). Valid: an absolute path.
         *
         * @param path the new value of {@code workingDirectory}
         * @return this builder
         */
        public Builder workingDirectory(String path) {
            this.workingDirectory = path;
            return this;
        }

        /**
         * How long ECS waits after SIGTERM before it kills the container with SIGKILL. Default: 0, meaning ECS's
         * default of 30 seconds (on EC2 the agent's {@code ECS_CONTAINER_STOP_TIMEOUT}). Valid: 0, or 2 to 120 seconds
         * on Fargate; 0 or more on EC2.
         *
         * @param seconds the new value of {@code stopTimeoutSeconds}
         * @return this builder
         */
        public Builder stopTimeoutSeconds(int seconds) {
            this.stopTimeoutSeconds = seconds;
            return this;
        }

        /**
         * Adds a Docker label. Default: none. Valid: a non-empty key, unique in the container.
         *
         * @param key the label's key, e.g. {@code com.example.team}
         * @param value its value
         * @return this builder
         */
        public Builder dockerLabel(String key, String value) {
            dockerLabels.put(key, value);
            return this;
        }

        /**
         * Root privileges on the host container instance ({@code docker run --privileged}). Default: false. Valid:
         * false on Fargate, which does not support privileged containers ({@code FARGATE_UNSUPPORTED}); on EC2 a
         * warning ({@code PRIVILEGED_CONTAINER}).
         *
         * @param privileged the new value of {@code privileged}
         * @return this builder
         */
        public Builder privileged(boolean privileged) {
            this.privileged = privileged;
            return this;
        }

        /**
         * Adds a resource limit, e.g. {@code ulimit(UlimitName.NOFILE, 65535, 65535)}. Default: none (on Fargate
         * nofile is 65535). Valid: each name once; 0 &le; soft &le; hard; nofile on Fargate at most 1048576.
         *
         * @param name which limit
         * @param softLimit the soft limit
         * @param hardLimit the hard limit
         * @return this builder
         */
        public Builder ulimit(UlimitName name, int softLimit, int hardLimit) {
            return ulimit(new Ulimit(name, softLimit, hardLimit));
        }

        /**
         * Adds a resource limit built elsewhere. Default: none. Valid: as {@link #ulimit(UlimitName, int, int)}.
         *
         * @param ulimit the limit
         * @return this builder
         */
        public Builder ulimit(Ulimit ulimit) {
            ulimits.add(ulimit);
            return this;
        }

        /**
         * Linux options: capabilities, init process, shared memory. Default: {@link LinuxParameters#NONE}.
         *
         * @param parameters the new value of {@code linuxParameters}
         * @return this builder
         */
        public Builder linuxParameters(LinuxParameters parameters) {
            this.linuxParameters = parameters;
            return this;
        }

        /**
         * Linux options, e.g. {@code l -> l.dropCapabilities(LinuxCapability.ALL)}. Default:
         * {@link LinuxParameters#NONE}. Valid: on Fargate only SYS_PTRACE may be added, and no shared memory size.
         *
         * @param configure configures a builder holding the current Linux options
         * @return this builder
         */
        public Builder linuxParameters(java.util.function.Consumer<LinuxParameters.Builder> configure) {
            LinuxParameters.Builder b = linuxParameters.toBuilder();
            configure.accept(b);
            this.linuxParameters = b.build();
            return this;
        }

        /**
         * Run an init process as PID 1 that forwards signals and reaps zombie processes (a shortcut for the Linux
         * option). Default: false; Berth turns it on anyway in services with ECS Exec, as AWS recommends.
         *
         * @param enabled the new value of {@code linuxParameters.initProcessEnabled}
         * @return this builder
         */
        public Builder initProcessEnabled(boolean enabled) {
            this.linuxParameters = linuxParameters.toBuilder().initProcessEnabled(enabled).build();
            return this;
        }

        /**
         * Adds a file of variables ({@code VARIABLE=VALUE} lines) that the ECS agent reads from S3 when the task
         * starts; the execution role may read exactly these objects ({@code s3:GetObject}) and find their buckets
         * ({@code s3:GetBucketLocation}). Variables set with {@link #env} win over the files'. Default: none.
         * Valid: the ARN of an S3 object whose key ends in {@code .env}, e.g. {@code
         * arn:aws:s3:::shop-config/api/production.env} (or a CDK bucket's ARN token followed by {@code /key.env});
         * up to 10 per container, each once (Amazon ECS Developer Guide, "Pass environment variables to an Amazon ECS
         * container"). Use secrets for anything sensitive.
         *
         * @param objectArn the S3 object's ARN
         * @return this builder
         */
        public Builder environmentFile(String objectArn) {
            environmentFiles.add(objectArn);
            return this;
        }

        /**
         * Mounts the task's volume {@code volume} at {@code containerPath}, writable. Default: no mounts. Valid: a
         * volume of the task; an absolute path, once per container.
         *
         * @param volume the volume's name ({@link TaskDefinition.Builder#volume(Volume)})
         * @param containerPath where it appears in the container, e.g. {@code /tmp}
         * @return this builder
         */
        public Builder mount(String volume, String containerPath) {
            return mountPoint(new MountPoint(volume, containerPath, false));
        }

        /**
         * Mounts the task's volume {@code volume} at {@code containerPath}, read-only. Default: no mounts. Valid: as
         * {@link #mount(String, String)}.
         *
         * @param volume the volume's name
         * @param containerPath where it appears in the container
         * @return this builder
         */
        public Builder mountReadOnly(String volume, String containerPath) {
            return mountPoint(new MountPoint(volume, containerPath, true));
        }

        /**
         * Adds a mount point built elsewhere. Default: no mounts. Valid: as {@link #mount(String, String)}.
         *
         * @param mountPoint the mount point
         * @return this builder
         */
        public Builder mountPoint(MountPoint mountPoint) {
            mountPoints.add(mountPoint);
            return this;
        }

        /**
         * Mounts every volume that container {@code container} of the task mounts, at the same paths. Default: none.
         * Valid: another container of the task, once.
         *
         * @param container the other container's name
         * @param readOnly whether this container may only read them
         * @return this builder
         */
        public Builder volumesFrom(String container, boolean readOnly) {
            volumesFrom.add(new VolumeFrom(container, readOnly));
            return this;
        }

        /**
         * Makes this container the task's log router (its FireLens configuration), e.g.
         * {@code LogRouter.fluentBit()}; {@link TaskDefinition.Builder#logRouter()} adds one with Berth's defaults.
         * Default: {@link LogRouter#NONE}. Valid: one router per task, used by at least one container, itself logging
         * with awslogs or not at all, as root ({@code LOG_ROUTER}).
         *
         * @param router the FireLens configuration
         * @return this builder
         */
        public Builder logRouter(LogRouter router) {
            this.logRouter = router;
            return this;
        }

        /**
         * GPUs reserved for the container ({@code resourceRequirements} of type GPU): ECS places the task only on an
         * instance with that many free GPUs and gives the container exactly those. Default: 0 (none). Valid: 0 or
         * more; above 0 only on EC2 or Managed Instances with GPU instances (Fargate has no GPUs:
         * {@code GPU_ON_FARGATE}).
         *
         * @param count the new value of {@code gpus}
         * @return this builder
         */
        public Builder gpus(int count) {
            this.gpus = count;
            return this;
        }

        /**
         * An Amazon Elastic Inference accelerator ({@code resourceRequirements} of type InferenceAccelerator). AWS
         * retired Elastic Inference (no new customers from April 2023, end of life April 2024; the Terraform AWS
         * provider 6 removed {@code inference_accelerator}), so any value is an error
         * ({@code ELASTIC_INFERENCE_RETIRED}): use GPU or AWS Inferentia instances instead. Default: empty (none).
         *
         * @param deviceType the accelerator type, e.g. {@code eia2.medium}
         * @return this builder
         */
        public Builder inferenceAccelerator(String deviceType) {
            this.inferenceAccelerator = deviceType;
            return this;
        }

        /**
         * Builds the Container. Values are checked later, with the whole program, by the validator.
         *
         * @return the Container
         */
        public Container build() {
            return new Container(name, image, cpu, memory, memoryReservation, essential, portMappings, environment,
                    secrets, repositoryCredentialsArn, healthCheck, command, entryPoint, dependsOn, logging,
                    readonlyRootFilesystem, user, workingDirectory, stopTimeoutSeconds, dockerLabels, privileged,
                    ulimits, linuxParameters, environmentFiles, mountPoints, volumesFrom,
                    repositoryCredentialsKmsKeyArn, logRouter, gpus, inferenceAccelerator);
        }
    }
}
