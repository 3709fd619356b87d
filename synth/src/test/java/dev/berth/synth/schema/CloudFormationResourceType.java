package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the CloudFormation registry says about one resource type: the schema of its
 * {@code Properties} and the attributes {@code Fn::GetAtt} may read.
 */
final class CloudFormationResourceType {

    /**
     * Types with no registry schema that a template may still declare. Their properties are not
     * checked and they expose no attributes. {@code AWS::CDK::Metadata} is added by {@code cdk synth}.
     */
    static final Set<String> ALLOWED_WITHOUT_SCHEMA = Set.of("AWS::CDK::Metadata");

    /**
     * A nested stack's outputs are read as {@code Outputs.<Name>}; the registry schema does not
     * list them because they depend on the child template.
     */
    private static final String NESTED_STACK = "AWS::CloudFormation::Stack";

    /**
     * Older types whose every property can be read with {@code Fn::GetAtt} (e.g. a VPC's
     * {@code CidrBlock}), and properties that other types expose beside their read-only ones. The
     * registry schema cannot say this; the lists follow cfn-lint's {@code schema/_getatts.py},
     * narrowed to the types in the subset.
     */
    private static final Set<String> ALL_PROPERTIES_ARE_ATTRIBUTES = Set.of(
            "AWS::AutoScaling::AutoScalingGroup", "AWS::EC2::Subnet", "AWS::EC2::VPC",
            "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::SNS::Topic", "AWS::SQS::Queue", "AWS::SSM::Parameter");
    private static final Map<String, List<String>> EXTRA_ATTRIBUTES = Map.of("AWS::EC2::SecurityGroup", List.of("VpcId"));

    private static final String SCHEMA_FOLDER = "schemas/cloudformation/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, Optional<CloudFormationResourceType>> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final JsonSchema propertiesSchema;
    private final Set<String> attributes;
    private final List<List<String>> readOnlyPaths;

    private CloudFormationResourceType(String name, JsonNode registrySchema) {
        this.name = name;
        this.propertiesSchema = FACTORY.getSchema(IntrinsicTolerantSchema.of(registrySchema));
        this.readOnlyPaths = new ArrayList<>();
        this.attributes = new LinkedHashSet<>();
        for (JsonNode pointer : registrySchema.path("readOnlyProperties")) {
            List<String> path = List.of(pointer.asText().replaceFirst("^/properties/", "").split("/"));
            readOnlyPaths.add(path);
            attributes.add(String.join(".", path));
        }
        if (ALL_PROPERTIES_ARE_ATTRIBUTES.contains(name)) {
            registrySchema.path("properties").fieldNames().forEachRemaining(attributes::add);
        }
        attributes.addAll(EXTRA_ATTRIBUTES.getOrDefault(name, List.of()));
    }

    /** The type from the schema subset, or empty if the subset does not hold it. */
    static Optional<CloudFormationResourceType> named(String type) {
        return CACHE.computeIfAbsent(type, t -> SchemaResources.read(SCHEMA_FOLDER + t.replace("::", "-") + ".json")
                .map(schema -> new CloudFormationResourceType(t, schema)));
    }

    String name() {
        return name;
    }

    JsonSchema propertiesSchema() {
        return propertiesSchema;
    }

    /** Property paths (e.g. {@code [Arn]}, {@code [Endpoint, Address]}) that AWS sets and a template must not. */
    List<List<String>> readOnlyPaths() {
        return readOnlyPaths;
    }

    /** True for a listed attribute or a member of one that is an object ({@code Endpoint.Address}). */
    boolean hasAttribute(String attribute) {
        return attributes.contains(attribute)
                || attributes.stream().anyMatch(a -> attribute.startsWith(a + "."))
                || name.equals(NESTED_STACK) && attribute.startsWith("Outputs.");
    }

    Set<String> attributes() {
        return attributes;
    }
}
