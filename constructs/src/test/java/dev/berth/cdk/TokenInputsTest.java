package dev.berth.cdk;

import dev.berth.Application;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.Endpoints;
import dev.berth.synth.Synthesizer;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;

import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place a program takes an outside value accepts a CDK token: the token resolves in the template (no token
 * text is left, in particular none inside an {@code Fn::Sub} string, where the CDK cannot resolve it).
 */
class TokenInputsTest {

    private static Application program(String token, Consumer<dev.berth.task.Container.Builder> container,
                                       Grant grant) {
        return Application.builder("shop")
                .existingVpc(v -> v.vpcId("vpc-0a1b2c3d4e5f60718").cidr("10.0.0.0/16").privateSubnetIds("subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88")
                        .privateRouteTableIds("rtb-0123456789abcdef0"))
                .endpoints(Endpoints.automatic())
                .cluster("shop", c -> { })
                .service("api", s -> s.task(t -> {
                    t.cpu(256).memory(512).container("app", c -> {
                        c.image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1.0.0").port(8080);
                        container.accept(c);
                    });
                    if (grant != null) {
                        t.grant(grant);
                    }
                }))
                .build();
    }

    private static void probe(String what, Function<String, Application> make) {
        App app = new App();
        Stack stack = new Stack(app, "Probe");
        CfnParameter outside = new CfnParameter(stack, "Outside");
        Application program = make.apply(Token.asString(outside.getValue()));
        assertThat(Synthesizer.synthesize(program).diagnostics().errors()).as(what).isEmpty();
        new BerthConstruct(stack, "Shop", program);
        String text = TemplateJson.mapper().valueToTree(app.synth().getStackByName("Probe").getTemplate()).toString();
        assertThat(text).as(what).doesNotContain("Token[").contains("{\"Ref\":\"Outside\"}");
    }

    @Test
    void everyOutsideValueMayBeAToken() {
        probe("ssm parameter name", t -> program(t, c -> c.secretFromSsm("X", t), null));
        probe("ssm parameter arn-ish", t -> program(t, c -> c.secretFromSsm("X", "/app/" + t), null));
        probe("secretsmanager arn", t -> program(t, c -> c.secretFromSecretsManager("X", t), null));
        probe("secretsmanager arn + json key", t -> program(t, c -> c.secretFromSecretsManager("X", t, "password"), null));
        probe("s3 bucket", t -> program(t, c -> { }, Grant.s3Bucket(t, Access.READ_WRITE)));
        probe("dynamodb table", t -> program(t, c -> { }, Grant.dynamoDbTable(t, Access.READ_WRITE)));
        probe("sns topic", t -> program(t, c -> { }, Grant.snsPublish(t)));
        probe("image", t -> program(t, c -> c.image(t + "/shop/api:1.0.0"), null));
        probe("env", t -> program(t, c -> c.env("A", t), null));
    }
}
