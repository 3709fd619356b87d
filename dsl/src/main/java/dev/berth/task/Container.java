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
 */
public record Container(String name, Image image, int cpu, int memory, int memoryReservation, boolean essential,
                        List<PortMapping> portMappings, Map<String, String> environment, List<Secret> secrets,
                        String repositoryCredentialsArn, HealthCheck healthCheck, List<String> command,
                        List<String> entryPoint, List<ContainerDependency> dependsOn, Logging logging,
                        boolean readonlyRootFilesystem) {

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
     * @throws NullPointerException when a reference component is null
     */
    public Container {
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
                .entryPoint(entryPoint).logging(logging).readonlyRootFilesystem(readonlyRootFilesystem);
        b.portMappings.addAll(portMappings);
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
         * Default: false.
         *
         * @param readonly the new value of {@code readonlyRootFilesystem}
         * @return this builder
         */
        public Builder readonlyRootFilesystem(boolean readonly) {
            this.readonlyRootFilesystem = readonly;
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
                    readonlyRootFilesystem);
        }
    }
}
