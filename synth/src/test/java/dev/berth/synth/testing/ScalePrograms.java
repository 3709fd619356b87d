package dev.berth.synth.testing;

import dev.berth.Application;
import dev.berth.compute.ContainerInsights;
import dev.berth.iam.Access;
import dev.berth.iam.Grant;
import dev.berth.network.NatGateways;

/**
 * Realistic programs of any size, for scale tests and benchmarks: {@code n} services over 3 clusters, one
 * internet-facing load balancer per 50 exposed services (an ALB listener takes 100 rules), every other service
 * exposed, each with a secret, a grant, awslogs and auto scaling.
 */
public final class ScalePrograms {

    private static final String REGISTRY = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    private ScalePrograms() {
    }

    public static Application withServices(int n) {
        Application.Builder app = Application.builder("scale")
                .newVpc(v -> v.cidr("10.0.0.0/16").availabilityZones(3).natGateways(NatGateways.NONE));
        for (int c = 0; c < Math.min(3, n); c++) {
            app.cluster("cluster-" + c, cl -> cl.containerInsights(ContainerInsights.ENABLED));
        }
        int exposed = (n + 1) / 2;
        for (int lb = 0; lb < (exposed + 49) / 50; lb++) {
            app.loadBalancer("edge-" + lb, l -> { });
        }
        for (int i = 0; i < n; i++) {
            addService(app, i);
        }
        return app.build();
    }

    /** Service {@code i} of a scale program; exposed when {@code i} is even. */
    public static void addService(Application.Builder app, int i) {
        String name = String.format("svc-%04d", i);
        app.service(name, s -> {
            s.cluster("cluster-" + (i % 3))
                    .task(t -> t.cpu(256).memory(512)
                            .container("app", c -> c.image(REGISTRY + "/scale/" + name + ":1.0." + i)
                                    .port(8080)
                                    .env("SERVICE_NAME", name)
                                    .secretFromSsm("API_TOKEN", "/scale/" + name + "/api-token"))
                            .grant(Grant.dynamoDbTable(name + "-table", Access.READ_WRITE)))
                    .autoScaling(a -> a.minCapacity(2).maxCapacity(4).cpuTargetPercent(60));
            if (i % 2 == 0) {
                s.expose("edge-" + (i / 2 / 50), e -> e.path("/" + name + "/*").healthCheckPath("/health"));
            }
        });
    }
}
