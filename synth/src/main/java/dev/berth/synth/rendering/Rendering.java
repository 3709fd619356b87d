package dev.berth.synth.rendering;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.PlannedResource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One kind of resource, spelled for every target side by side: its CloudFormation type, logical-ID suffix and how a
 * template reads each attribute ({@code Ref} or {@code Fn::GetAtt}); its Terraform type and attribute names; the
 * body for each target; and the {@link Parity} that says which key values of the two must agree. A difference
 * between the targets is visible in one file, and a new kind is one new file: {@link Renderings} finds it by name.
 *
 * @param <R> the plan record of the kind
 */
public abstract class Rendering<R extends PlannedResource> {

    private final Class<R> kind;
    private final CloudFormation cloudFormation;
    private final Terraform terraform;

    protected Rendering(Class<R> kind, CloudFormation cloudFormation, Terraform terraform) {
        this.kind = Objects.requireNonNull(kind);
        this.cloudFormation = cloudFormation;
        this.terraform = terraform;
    }

    public final Class<R> kind() {
        return kind;
    }

    public final CloudFormation cloudFormation() {
        return cloudFormation;
    }

    public final Terraform terraform() {
        return terraform;
    }

    /** Writes the CloudFormation {@code Properties} of {@code resource}. */
    public final void writeCloudFormation(PlannedResource resource, Body properties) {
        cloudFormation(kind.cast(resource), properties);
    }

    /**
     * Writes the Terraform resource body of {@code resource}; its depends_on (the plan's creation order) is the
     * renderer's.
     */
    public final void writeTerraform(PlannedResource resource, Body body) {
        terraform(kind.cast(resource), body);
    }

    /**
     * The CloudFormation resource attributes of {@code resource} beside {@code Properties} ({@code DeletionPolicy},
     * {@code UpdateReplacePolicy}), name to value in the order to write them; the renderer writes them after
     * {@code Type}.
     */
    public final Map<String, String> cloudFormationAttributesOf(PlannedResource resource) {
        return cloudFormationAttributes(kind.cast(resource));
    }

    /**
     * {@code DeletionPolicy} and {@code UpdateReplacePolicy} {@code Retain} for a resource kept when its stack deletes
     * or replaces it; none otherwise.
     */
    protected static Map<String, String> retainedIf(boolean retained) {
        return retained ? RETAIN : Map.of();
    }

    private static final Map<String, String> RETAIN = retain();

    private static Map<String, String> retain() {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("DeletionPolicy", "Retain");
        attributes.put("UpdateReplacePolicy", "Retain");
        return java.util.Collections.unmodifiableMap(attributes);
    }

    /**
     * The Terraform resources {@code resource} needs beside its own, in the order to write them: a setting that
     * CloudFormation keeps in the kind's properties and the provider keeps in a resource of its own (an EFS file
     * system's {@code BackupPolicy} is {@code aws_efs_backup_policy}). Each is named like {@code resource}.
     */
    public final List<TerraformCompanion> terraformCompanionsOf(PlannedResource resource) {
        return terraformCompanions(kind.cast(resource));
    }

    /** Terraform-only companion resources; none unless a kind says so. */
    protected List<TerraformCompanion> terraformCompanions(R resource) {
        return List.of();
    }

    /** The Terraform types of the companions this kind may write ({@link #terraformCompanionsOf}); none by default. */
    public List<String> terraformCompanionTypes() {
        return List.of();
    }

    /**
     * A Terraform resource written beside a kind's own.
     *
     * @param type the Terraform type, e.g. {@code aws_efs_backup_policy}
     * @param body writes its body
     */
    public record TerraformCompanion(String type, java.util.function.Consumer<Body> body, String nameSuffix) {
        public TerraformCompanion {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(body, "body");
        }

        /** A companion named exactly like its resource. */
        public TerraformCompanion(String type, java.util.function.Consumer<Body> body) {
            this(type, body, null);
        }

        /**
         * The companion's name: the resource's, or the resource's and {@code nameSuffix} (for several companions of
         * one type, e.g. a role's policy attachments) when it has one.
         */
        public String nameFor(String resourceName) {
            return nameSuffix == null ? resourceName : resourceName + "_" + nameSuffix;
        }
    }

    /** Resource attributes beside Properties; none unless a kind says so. */
    protected Map<String, String> cloudFormationAttributes(R resource) {
        return Map.of();
    }

    protected abstract void cloudFormation(R resource, Body properties);

    protected abstract void terraform(R resource, Body body);

    /** The key values both targets must agree on, for the equivalence property; empty only when nothing varies. */
    public abstract List<Parity> parity();

    /** A CloudFormation spelling: {@code cfn("AWS::Logs::LogGroup", "LogGroup").ref(NAME).getAtt(ARN, "Arn")}. */
    protected static CloudFormation cfn(String type, String logicalIdSuffix) {
        return new CloudFormation(type, logicalIdSuffix, Map.of());
    }

    /** A Terraform spelling: {@code tf("aws_cloudwatch_log_group").attr(NAME, "name")}. */
    protected static Terraform tf(String type) {
        return new Terraform(type, Map.of());
    }

    /**
     * How CloudFormation spells a kind.
     *
     * @param type            e.g. {@code AWS::ECS::Service}
     * @param logicalIdSuffix appended to the pascal-cased name, so that resources of different kinds never collide
     * @param readings        per attribute: the {@code Fn::GetAtt} name, or {@link #REF} when {@code Ref} returns it
     */
    public record CloudFormation(String type, String logicalIdSuffix, Map<Attr, String> readings) {

        /** The reading of an attribute that {@code Ref} returns. */
        public static final String REF = "Ref";

        public CloudFormation {
            readings = Map.copyOf(readings);
        }

        /** {@code Ref} returns {@code attr}. */
        public CloudFormation ref(Attr attr) {
            return getAtt(attr, REF);
        }

        /** {@code Fn::GetAtt [id, name]} returns {@code attr}. */
        public CloudFormation getAtt(Attr attr, String name) {
            Map<Attr, String> more = new EnumMap<>(Attr.class);
            more.putAll(readings);
            more.put(attr, name);
            return new CloudFormation(type, logicalIdSuffix, more);
        }

        /**
         * @return {@link #REF} or the GetAtt name
         * @throws IllegalStateException when the kind has no such attribute (a planner bug)
         */
        public String reading(Attr attr) {
            String reading = readings.get(attr);
            if (reading == null) {
                throw new IllegalStateException("a plan refers to " + attr + " of a " + type
                        + ", which CloudFormation cannot read (a planner bug)");
            }
            return reading;
        }
    }

    /**
     * How Terraform (provider {@code hashicorp/aws} 6) spells a kind.
     *
     * @param type       e.g. {@code aws_ecs_service}
     * @param attributes per attribute, the attribute a reference reads ({@code aws_ecs_service.api.<name>})
     */
    public record Terraform(String type, Map<Attr, String> attributes) {

        public Terraform {
            attributes = Map.copyOf(attributes);
        }

        /** A reference to {@code attr} reads the attribute {@code name}. */
        public Terraform attr(Attr attr, String name) {
            Map<Attr, String> more = new EnumMap<>(Attr.class);
            more.putAll(attributes);
            more.put(attr, name);
            return new Terraform(type, more);
        }

        /** @throws IllegalStateException when the kind has no such attribute (a planner bug) */
        public String attribute(Attr attr) {
            String name = attributes.get(attr);
            if (name == null) {
                throw new IllegalStateException("a " + type + " has no attribute " + attr + " in Terraform (planner bug)");
            }
            return name;
        }
    }
}
