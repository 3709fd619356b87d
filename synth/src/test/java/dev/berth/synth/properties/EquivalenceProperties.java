package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;
import dev.berth.synth.rendering.Renderings;
import dev.berth.synth.terraform.TerraformRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property 5: the CloudFormation template and the Terraform module describe the same infrastructure: the same
 * number of each kind of AWS resource (each kind's rendering pairs its CloudFormation and Terraform types), and,
 * resource by resource, the same key values, read through the kind's {@link Parity} (CIDRs, ports, cpu/memory,
 * images, desired counts, scaling bounds, health checks, listener rule conditions and priorities, IAM actions,
 * resources and conditions, and what each resource references). Values are compared in a {@link Neutral}
 * spelling. The parity lives beside the two spellings in the kind's rendering, so a kind cannot be added without
 * one ({@code RenderingsTest}); {@link ParityReader} reads it.
 */
class EquivalenceProperties {

    @Test
    void bothTargetsDescribeTheSameInfrastructure() {
        BerthTheories.check(Programs.valid(), EquivalenceProperties::sameInfrastructure);
    }

    private static void sameInfrastructure(ProgramSpec program) {
        Synthesized s = Synthesized.of(program);
        Map<String, JsonNode> cfn = s.cfnByLogicalId();
        Map<String, JsonNode> tf = s.tfByAddress();

        // the same number of each kind of resource, through the renderings' pairing of types
        Map<String, String> pairing = new HashMap<>();
        s.plan().resources().forEach(r -> pairing.put(Renderings.of(r).cloudFormation().type(),
                Renderings.of(r).terraform().type()));
        Map<String, Integer> expected = new TreeMap<>();
        cfn.values().forEach(r -> {
            String type = r.path("Type").asText();
            assertThat(pairing).as("a rendering pairs %s", type).containsKey(type);
            expected.merge(pairing.get(type), 1, Integer::sum);
        });
        // and the Terraform-only companions (a role's managed policy attachments, an EFS backup policy)
        s.plan().resources().forEach(r -> Renderings.of(r).terraformCompanionsOf(r)
                .forEach(c -> expected.merge(c.type(), 1, Integer::sum)));
        Map<String, Integer> actual = new TreeMap<>();
        tf.keySet().forEach(address -> actual.merge(address.substring(0, address.indexOf('.')), 1, Integer::sum));
        assertThat(actual).as("Terraform resources per type of\n%s", s.program()).isEqualTo(expected);

        // resource by resource, the same key values
        Set<String> parameters = new HashSet<>();
        s.template().path("Parameters").fieldNames().forEachRemaining(parameters::add);
        Map<String, String> logicalIds = new HashMap<>();
        s.plan().resources().forEach(r -> logicalIds.put(TerraformRenderer.address(r.id()),
                CloudFormationRenderer.logicalId(r.id())));
        Function<JsonNode, String> cfnNeutral = v -> Neutral.cfn(v, parameters);
        Function<JsonNode, String> tfNeutral = v -> v.isTextual() ? Neutral.tf(v.asText(), logicalIds) : v.asText();
        List<String> differences = new ArrayList<>();
        for (PlannedResource r : s.plan().resources()) {
            String id = CloudFormationRenderer.logicalId(r.id());
            String address = TerraformRenderer.address(r.id());
            Rendering<?> rendering = Renderings.of(r);
            assertThat(cfn.get(id).path("Type").asText()).isEqualTo(rendering.cloudFormation().type());
            assertThat(address).startsWith(rendering.terraform().type() + ".");
            Map<String, Object> cfnKeys = new LinkedHashMap<>();
            Map<String, Object> tfKeys = new LinkedHashMap<>();
            for (Parity parity : rendering.parity()) {
                cfnKeys.put(parity.name(), ParityReader.read(cfn.get(id).path("Properties"), parity.cloudFormation(),
                        parity, cfnNeutral));
                tfKeys.put(parity.name(), ParityReader.read(tf.get(address), parity.terraform(), parity, tfNeutral));
            }
            if (!cfnKeys.equals(tfKeys)) {
                differences.add(id + " / " + address + ":\n    CloudFormation " + cfnKeys + "\n    Terraform      "
                        + tfKeys);
            }
        }
        assertThat(differences).as("key values of\n%s", s.program()).isEmpty();
    }
}
