package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.network.Endpoints;
import dev.berth.synth.Synthesizer;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.secretsmanager.Secret;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CDK values go into a Berth program as plain strings (tokens) and resolve in the synthesised template: a VPC, its
 * subnets and route tables, a secret, roles and a certificate created in the same stack.
 */
class InteropTest {

    private static List<String> ids(List<ISubnet> subnets) {
        return subnets.stream().map(ISubnet::getSubnetId).toList();
    }

    @Test
    void cdkTokensPassThroughTheProgramAndResolveInTheTemplate() {
        App app = new App();
        Stack stack = new Stack(app, "Interop");
        Vpc vpc = Vpc.Builder.create(stack, "Network").ipAddresses(IpAddresses.cidr("10.30.0.0/16")).maxAzs(2)
                .natGateways(1).build();
        Secret secret = Secret.Builder.create(stack, "DatabasePassword").build();
        Role taskRole = Role.Builder.create(stack, "TaskRole")
                .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com")).build();
        Certificate certificate = Certificate.Builder.create(stack, "Certificate").domainName("shop.example.com")
                .build();

        Application program = Application.builder("shop")
                .existingVpc(v -> v.vpcId(vpc.getVpcId()).cidr(vpc.getVpcCidrBlock())
                        .publicSubnetIds(ids(vpc.getPublicSubnets()))
                        .privateSubnetIds(ids(vpc.getPrivateSubnets()))
                        .privateRouteTableIds(vpc.getPrivateSubnets().stream()
                                .map(s -> s.getRouteTable().getRouteTableId()).toList()))
                .endpoints(Endpoints.automatic())
                .cluster("shop", c -> { })
                .loadBalancer("web", lb -> lb.https(certificate.getCertificateArn()))
                .service("api", s -> s
                        .task(t -> t.cpu(256).memory(512).taskRoleArn(taskRole.getRoleArn())
                                .container("app", c -> c
                                        .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1.0.0")
                                        .port(8080)
                                        .secretFromSecretsManager("DATABASE_PASSWORD", secret.getSecretArn())))
                        .expose("web", e -> e.path("/*").healthCheckPath("/health")))
                .build();
        assertThat(Synthesizer.synthesize(program).diagnostics().errors()).isEmpty();

        BerthConstruct berth = new BerthConstruct(stack, "Shop", program);
        JsonNode template = TemplateJson.mapper().valueToTree(app.synth().getStackByName("Interop").getTemplate());
        String text = template.toString();

        assertThat(text).doesNotContain("${Token[");
        JsonNode resources = template.path("Resources");
        String vpcId = vpcLogicalId(template);
        assertThat(resources.path("ShopCluster").isObject()).isTrue();
        assertThat(resources.path("ApiTasksSecurityGroup").path("Properties").path("VpcId"))
                .isEqualTo(TemplateJson.mapper().valueToTree(java.util.Map.of("Ref", vpcId)));
        assertThat(resources.path("WebLoadBalancer").path("Properties").path("Subnets").toString())
                .contains("PublicSubnet1");
        assertThat(resources.path("ApiService").path("Properties").toString()).contains("PrivateSubnet1");
        assertThat(resources.path("WebHttpsListener").path("Properties").path("Certificates").toString())
                .contains("Certificate");
        assertThat(resources.path("ApiTaskDefinition").path("Properties").path("TaskRoleArn").toString())
                .contains("TaskRole", "Arn");
        assertThat(resources.path("ApiTaskDefinition").path("Properties").path("ContainerDefinitions").toString())
                .contains("DatabasePassword");
        assertThat(berth.resources()).isNotEmpty();
    }

    private static String vpcLogicalId(JsonNode template) {
        var it = template.path("Resources").properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getValue().path("Type").asText().equals("AWS::EC2::VPC")) {
                return e.getKey();
            }
        }
        throw new AssertionError("no VPC");
    }
}
