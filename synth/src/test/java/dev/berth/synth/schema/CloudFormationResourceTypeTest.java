package dev.berth.synth.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CloudFormationResourceTypeTest {

    /** Compiling a schema also compiles its patterns, so this catches a pattern Java cannot read. */
    @Test
    void everySchemaInTheSubsetCompiles() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("schemas/cloudformation").toURI());
        List<String> types;
        try (Stream<Path> files = Files.list(folder)) {
            types = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()).replace("-", "::"))
                    .toList();
        }
        assertThat(types).hasSize(54);
        for (String type : types) {
            CloudFormationResourceType schema = CloudFormationResourceType.named(type).orElseThrow();
            schema.propertiesSchema().validate(JsonNodeFactory.instance.objectNode()); // must not throw
        }
    }

    @Test
    void javaRegexEscapesBracketsInsideCharacterClasses() {
        assertThat(IntrinsicTolerantSchema.javaRegex("^[a-z[\\]]*$")).isEqualTo("^[a-z\\[\\]]*$");
        assertThat(IntrinsicTolerantSchema.javaRegex("^\\[[0-9]+]$")).isEqualTo("^\\[[0-9]+]$");
    }

    @Test
    void attributesComeFromReadOnlyPropertiesAndKnownExceptions() {
        CloudFormationResourceType balancer = CloudFormationResourceType.named("AWS::ElasticLoadBalancingV2::LoadBalancer").orElseThrow();
        assertThat(balancer.hasAttribute("DNSName")).isTrue();
        assertThat(balancer.hasAttribute("Scheme")).isTrue(); // an older type: every property is readable
        CloudFormationResourceType group = CloudFormationResourceType.named("AWS::EC2::SecurityGroup").orElseThrow();
        assertThat(group.hasAttribute("GroupId")).isTrue();
        assertThat(group.hasAttribute("VpcId")).isTrue();
        assertThat(group.hasAttribute("GroupDescription")).isFalse();
    }
}
