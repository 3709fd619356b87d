package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.network.EndpointNeeds;
import dev.berth.network.EndpointService;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetType;
import dev.berth.service.Service;
import dev.berth.task.Container;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a service's tasks can reach what they need to start: the image registry, CloudWatch Logs, SSM and
 * Secrets Manager. A task that cannot reach them never starts.
 *
 * <ul>
 *   <li>{@code PRIVATE_SUBNET_NO_EGRESS}: tasks in private subnets without NAT pull an image from outside private
 *       ECR, or need a VPC endpoint the program does not create.</li>
 *   <li>{@code PUBLIC_IP_IN_PRIVATE_SUBNET}: a public IP on tasks in private subnets (no internet gateway route,
 *       so the address is useless).</li>
 *   <li>{@code PUBLIC_SUBNET_WITHOUT_PUBLIC_IP}: tasks in public subnets without a public IP cannot reach the
 *       internet (public subnets route through the internet gateway, which needs a public address).</li>
 * </ul>
 */
final class EgressRules {

    private EgressRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Set<EndpointService> endpoints = app.effectiveEndpoints();
        for (Service s : app.services()) {
            SubnetType type = s.subnets().type();
            if (type == SubnetType.PRIVATE && !privateSubnetsReachInternet(app)) {
                noEgress(report, app, s, endpoints);
            }
            if (type == SubnetType.PRIVATE && s.assignPublicIp()) {
                report.add(Rule.PUBLIC_IP_IN_PRIVATE_SUBNET, Paths.service(s) + ".assignPublicIp", "The tasks get a"
                                + " public IP but run in private subnets, which have no route to the internet"
                                + " gateway: the address is never reachable and gives no egress.",
                        "Set assignPublicIp(false), or place the service in public subnets.");
            }
            if (type == SubnetType.PUBLIC && !s.assignPublicIp()) {
                report.add(Rule.PUBLIC_SUBNET_WITHOUT_PUBLIC_IP, Paths.service(s) + ".assignPublicIp", "The tasks run"
                                + " in public subnets without a public IP. Public subnets reach the internet only"
                                + " through the internet gateway, which needs a public address, so the tasks cannot"
                                + " pull images or reach AWS APIs and stop with CannotPullContainerError.",
                        "Set assignPublicIp(true), or place the service in private subnets (the default).");
            }
        }
        return report.diagnostics();
    }

    static boolean privateSubnetsReachInternet(Application app) {
        if (app.network() instanceof NewVpc vpc) {
            return vpc.natGateways() != NatGateways.NONE;
        }
        return ((ExistingVpc) app.network()).privateSubnetsReachInternet();
    }

    private static void noEgress(Report report, Application app, Service s, Set<EndpointService> endpoints) {
        List<String> outsideEcr = s.task().containers().stream()
                .filter(c -> !c.image().isPrivateEcr() && !c.image().repository().isEmpty())
                .map(Container::name).toList();
        EnumSet<EndpointService> missing = EnumSet.noneOf(EndpointService.class);
        missing.addAll(EndpointNeeds.of(s));
        missing.removeAll(endpoints);
        if (outsideEcr.isEmpty() && missing.isEmpty()) {
            return;
        }
        StringBuilder problem = new StringBuilder("The tasks run in private subnets without a route to the internet (")
                .append(app.network() instanceof NewVpc ? "natGateways is NONE" : "privateSubnetsReachInternet is"
                        + " false").append("), and ");
        if (!outsideEcr.isEmpty()) {
            problem.append("container(s) ").append(Values.join(outsideEcr)).append(" pull images from outside"
                    + " private Amazon ECR, which VPC endpoints cannot reach");
        }
        if (!missing.isEmpty()) {
            problem.append(outsideEcr.isEmpty() ? "" : "; and ").append("the VPC endpoints ")
                    .append(Values.join(missing.stream().map(EndpointService::serviceSuffix).toList()))
                    .append(" they need are not created");
        }
        problem.append(". The tasks would never start: the image pull, log stream, or secret retrieval fails and the"
                + " task stops with CannotPullContainerError or ResourceInitializationError.");
        StringBuilder fix = new StringBuilder("Add NAT gateways (natGateways SINGLE or PER_AZ)");
        if (!missing.isEmpty()) {
            fix.append(", or add the missing endpoints (or use Endpoints.automatic())");
        }
        if (!outsideEcr.isEmpty()) {
            fix.append(", or copy the image(s) into a private ECR repository (ECR pull-through cache works too)");
        }
        fix.append(".");
        report.add(Rule.PRIVATE_SUBNET_NO_EGRESS, Paths.service(s), problem.toString(), fix.toString());
    }
}
