package com.example.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.synth.Berth;
import dev.berth.synth.Synthesis;
import dev.berth.synth.Synthesizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests of the program, run by {@code mvn verify} (and before the jar is built by {@code mvn package}): it
 * synthesises without a diagnostic, and what it synthesises is what was meant. Synthesis is a plain method call:
 * no files, no AWS account.
 */
class InfrastructureTest {

    private final Synthesis shop = Synthesizer.synthesize(Infrastructure.shop());

    @Test
    void synthesisesWithoutErrorsOrWarnings() {
        // A diagnostic prints as "WARNING CODE at path: what is wrong. What to do." and fails this with that text.
        assertEquals(List.of(), shop.diagnostics().all(), "diagnostics");
        assertTrue(shop.succeeded());
    }

    @Test
    void bothServicesRunBehindTheLoadBalancerAndScale() {
        JsonNode resources = resources();

        assertEquals(1, count(resources, "AWS::ElasticLoadBalancingV2::LoadBalancer"));
        assertEquals(2, count(resources, "AWS::ECS::Service"));
        assertEquals(2, count(resources, "AWS::ElasticLoadBalancingV2::ListenerRule"));
        assertEquals(2, count(resources, "AWS::ApplicationAutoScaling::ScalableTarget"));
    }

    @Test
    void onlyTheApiMayReadTheDatabaseSecret() {
        // Logical IDs are the names in the program in PascalCase plus the kind: ApiExecutionPolicy, ApiService, ...
        JsonNode resources = resources();

        assertTrue(resources.get("ApiExecutionPolicy").toString().contains(Infrastructure.DATABASE_SECRET));
        assertFalse(resources.get("StorefrontExecutionPolicy").toString().contains("secretsmanager"));
    }

    @Test
    void synthWritesTheCloudFormationTemplateAndTheTerraformModule(@TempDir Path out) {
        // The command line in-process, as `./berth synth --out <out>` runs it, printing into these writers.
        StringWriter printed = new StringWriter();
        int code = Berth.execute(new String[] {"synth", "--out", out.toString()}, Infrastructure.programs(),
                new PrintWriter(printed, true), new PrintWriter(printed, true));

        assertEquals(Berth.OK, code, printed.toString());
        assertTrue(printed.toString().contains("0 warnings"), printed.toString());
        assertTrue(Files.isRegularFile(out.resolve("shop/cloudformation/Shop.template.json")));
        assertTrue(Files.isRegularFile(out.resolve("shop/terraform/shop/main.tf.json")));
    }

    private JsonNode resources() {
        return shop.cloudFormation().orElseThrow().get("Resources");
    }

    private static long count(JsonNode resources, String type) {
        return StreamSupport.stream(resources.spliterator(), false)
                .filter(resource -> type.equals(resource.path("Type").asText()))
                .count();
    }
}
