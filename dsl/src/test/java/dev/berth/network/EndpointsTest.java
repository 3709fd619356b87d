package dev.berth.network;

import dev.berth.Application;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which VPC endpoints Berth creates: {@code Application.effectiveEndpoints()} follows the network and the grants. */
class EndpointsTest {

    static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    /** One exec-enabled service with a private ECR image, an SSM secret, and DynamoDB, SNS and KMS grants. */
    static Application.Builder program() {
        return Application.builder("shop")
                .cluster("main", c -> { })
                .service("api", s -> s.enableExecuteCommand(true).task(t -> t
                        .container("app", c -> c.image(ECR + "/shop/api:1.0").secretFromSsm("TOKEN", "/shop/token"))
                        .grant(Grant.dynamoDbTable("orders", Access.READ))
                        .grant(Grant.snsPublish("arn:aws:sns:eu-west-1:123456789012:events"))
                        .grant(Grant.statement(List.of("kms:Decrypt", "iam:PassRole"),
                                List.of("arn:aws:kms:eu-west-1:123456789012:key/k")))));
    }

    static ExistingVpc.Builder existing() {
        return ExistingVpc.builder().vpcId("vpc-0123456789abcdef0").cidr("10.1.0.0/16")
                .privateSubnetIds("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2")
                .privateRouteTableIds("rtb-0ccccccccccccccc1", "rtb-0ccccccccccccccc2");
    }

    @Test
    void withoutNatEveryEndpointTheTasksNeedToStartAndForTheirGrants() {
        Application app = program().newVpc(v -> v.natGateways(NatGateways.NONE)).build();
        assertThat(app.effectiveEndpoints()).containsExactly(EndpointService.ECR_API, EndpointService.ECR_DKR,
                EndpointService.S3, EndpointService.LOGS, EndpointService.SSM, EndpointService.SSMMESSAGES,
                EndpointService.DYNAMODB, EndpointService.SNS, EndpointService.KMS);
    }

    @Test
    void withNatOnlyTheFreeGatewayEndpoints() {
        Application app = program().newVpc(v -> v.natGateways(NatGateways.SINGLE)).build();
        assertThat(app.effectiveEndpoints()).containsExactly(EndpointService.S3, EndpointService.DYNAMODB);
    }

    @Test
    void withNatTheEndpointsAskedForAreAdded() {
        Application app = program().newVpc(v -> v.natGateways(NatGateways.PER_AZ))
                .endpoints(Endpoints.automaticPlus(EndpointService.ECR_DKR)).build();
        assertThat(app.effectiveEndpoints()).containsExactly(EndpointService.ECR_DKR, EndpointService.S3,
                EndpointService.DYNAMODB);
    }

    @Test
    void anExistingVpcThatReachesTheInternetWithoutRouteTablesGetsNone() {
        Application app = program().existingVpc(v -> v.vpcId("vpc-0123456789abcdef0")
                .privateSubnetIds("subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2")).build();
        assertThat(app.effectiveEndpoints()).isEmpty();
    }

    @Test
    void endpointsAnExistingVpcHasAreNeverCreatedAgainButAreReachable() {
        Application app = program().network(existing().privateSubnetsReachInternet(false)
                .existingEndpoints(EndpointService.LOGS, EndpointService.S3, EndpointService.SNS).build())
                .endpoints(Endpoints.automaticPlus(EndpointService.LOGS)).build();
        assertThat(app.effectiveEndpoints()).doesNotContain(EndpointService.LOGS, EndpointService.S3,
                EndpointService.SNS).contains(EndpointService.ECR_API, EndpointService.DYNAMODB);
        assertThat(app.reachableEndpoints()).contains(EndpointService.LOGS, EndpointService.S3, EndpointService.SNS);
    }

    @Test
    void anExplicitListIsKeptExactly() {
        Application app = program().newVpc(v -> v.natGateways(NatGateways.SINGLE))
                .endpoints(Endpoints.only(EndpointService.SQS)).build();
        assertThat(app.effectiveEndpoints()).containsExactly(EndpointService.SQS);
    }

    @Test
    void customStatementsNeedTheirServicesEndpointsAndNamePrefixesWithoutOne() {
        Application app = program().newVpc(v -> { }).build();
        assertThat(EndpointNeeds.granted(app.services().get(0))).containsExactly(EndpointService.DYNAMODB,
                EndpointService.SNS, EndpointService.KMS);
        Application unknown = Application.builder("shop").cluster("main", c -> { })
                .service("api", s -> s.task(t -> t.container("app", c -> c.image(ECR + "/shop/api:1.0"))
                        .grant(Grant.statement(List.of("route53:ChangeResourceRecordSets", "sts:AssumeRole"),
                                List.of("*"))))).build();
        assertThat(EndpointNeeds.grantedWithoutEndpoint(unknown.services().get(0))).containsExactly("route53");
        assertThat(EndpointNeeds.granted(unknown.services().get(0))).containsExactly(EndpointService.STS);
    }

    @Test
    void anExistingTaskRoleHidesTheGrants() {
        Application app = Application.builder("shop").cluster("main", c -> { })
                .service("api", s -> s.task(t -> t.container("app", c -> c.image(ECR + "/shop/api:1.0"))
                        .taskRoleArn("arn:aws:iam::123456789012:role/api")
                        .grant(Grant.snsPublish("arn:aws:sns:eu-west-1:123456789012:events")))).build();
        assertThat(EndpointNeeds.granted(app.services().get(0))).isEmpty();
    }
}
