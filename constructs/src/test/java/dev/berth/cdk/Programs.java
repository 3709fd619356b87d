package dev.berth.cdk;

import dev.berth.Application;
import dev.berth.network.Endpoints;
import dev.berth.network.NatGateways;

/** Small programs for the construct's tests (the bundled examples are tested in berth-examples-cdk). */
final class Programs {

    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e";

    private Programs() {
    }

    /** A new VPC, an internet-facing HTTPS load balancer and one service with a deploy-time image tag. */
    static Application web() {
        return Application.builder("shop")
                .newVpc(vpc -> vpc.cidr("10.20.0.0/16").availabilityZones(2).natGateways(NatGateways.NONE))
                .endpoints(Endpoints.automatic())
                .cluster("shop", c -> { })
                .loadBalancer("web", lb -> lb.https(CERTIFICATE))
                .service("api", s -> s
                        .task(t -> t.cpu(256).memory(512)
                                .container("app", c -> c
                                        .image(dev.berth.task.Image.of(
                                                "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api:1.0.0")
                                                .deployTimeVersion("api-image-tag"))
                                        .port(8080)))
                        .expose("web", e -> e.path("/*").healthCheckPath("/health")))
                .build();
    }
}
