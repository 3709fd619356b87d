package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.Application;
import dev.berth.network.Egress;
import dev.berth.network.EndpointService;
import dev.berth.network.SubnetType;
import dev.berth.service.Service;
import dev.berth.synth.plan.Names;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property 9 (issue 10, items 3 and 6): the tasks can reach what they are granted, and Berth creates no endpoint the
 * network does not need, read from both targets' output.
 * <ul>
 *   <li>in private subnets without a route to the internet, every AWS service a task role's policy names (by its
 *       actions' prefixes) has a VPC endpoint: one Berth creates or one the existing VPC has;</li>
 *   <li>beside NAT, {@code Endpoints.automatic()} creates no interface endpoint the program did not ask for;</li>
 *   <li>no endpoint an existing VPC already has is created again;</li>
 *   <li>a task security group's egress rules are exactly HTTPS (or all traffic, when asked) plus the declared
 *       egress: every declared CIDR, security group and prefix list on its ports, and the internal load balancer of
 *       every service declared that is exposed through one.</li>
 * </ul>
 */
class ReachabilityProperties {

    @Test
    void tasksReachWhatTheyAreGrantedAndNothingIsCreatedTwice() {
        BerthTheories.check(Programs.valid(), ReachabilityProperties::reachable);
    }

    private static void reachable(ProgramSpec program) {
        Synthesized s = Synthesized.of(program);
        Application app = s.program().app();
        List<String> problems = new ArrayList<>();

        Set<EndpointService> cfnEndpoints = cfnEndpoints(s);
        Set<EndpointService> tfEndpoints = tfEndpoints(s);
        Map<String, JsonNode> cfn = s.cfnByLogicalId();
        Map<String, JsonNode> tf = s.tfByAddress();
        for (Service service : app.services()) {
            if (app.privateSubnetsReachInternet() || service.subnets().type() != SubnetType.PRIVATE) {
                continue;
            }
            JsonNode cfnPolicy = cfn.get(ProgramNames.pascal(service.name()) + "TaskPolicy");
            JsonNode tfPolicy = tf.get("aws_iam_role_policy." + Names.snake(service.name()) + "_task");
            granted("CloudFormation", service, cfnPolicy == null ? null
                    : cfnPolicy.path("Properties").path("PolicyDocument"), cfnEndpoints, app, problems);
            granted("Terraform", service, tfPolicy == null ? null
                    : Synthesized.parse(tfPolicy.path("policy").asText()), tfEndpoints, app, problems);
        }
        for (var target : Map.of("CloudFormation", cfnEndpoints, "Terraform", tfEndpoints).entrySet()) {
            Set<EndpointService> again = EnumSet.noneOf(EndpointService.class);
            again.addAll(target.getValue());
            again.retainAll(app.existingEndpoints());
            if (!again.isEmpty()) {
                problems.add(target.getKey() + ": creates " + again + ", which the existing VPC already has");
            }
            if (app.privateSubnetsReachInternet() && app.endpoints().derived()) {
                List<EndpointService> unasked = target.getValue().stream()
                        .filter(e -> !e.isGateway() && !app.endpoints().services().contains(e)).toList();
                if (!unasked.isEmpty()) {
                    problems.add(target.getKey() + ": beside NAT, Endpoints.automatic() created the interface"
                            + " endpoints " + unasked);
                }
            }
        }
        egress(app, cfn, problems);
        instances(app, cfn, cfnEndpoints, tfEndpoints, problems);

        assertThat(problems).as("reachability problems of\n%s", s.program()).isEmpty();
    }

    /**
     * EC2 capacity: the instances reach ECS, ECR and S3 over HTTPS, and without NAT through the ecs, ecs-agent and
     * ecs-telemetry endpoints (created or existing), so that the agent registers them with the cluster.
     */
    private static void instances(Application app, Map<String, JsonNode> cfn, Set<EndpointService> cfnEndpoints,
                                  Set<EndpointService> tfEndpoints, List<String> problems) {
        for (dev.berth.compute.Cluster cluster : app.clusters()) {
            for (dev.berth.compute.Ec2Capacity e : cluster.ec2Capacity()) {
                String group = "<" + ProgramNames.pascal(e.name()) + "InstancesSecurityGroup>";
                boolean https = cfn.values().stream()
                        .filter(r -> r.path("Type").asText().equals("AWS::EC2::SecurityGroupEgress"))
                        .map(r -> r.path("Properties"))
                        .anyMatch(p -> Neutral.cfn(p.path("GroupId"), Set.of()).equals(group)
                                && p.path("FromPort").asInt() == 443 && "0.0.0.0/0".equals(p.path("CidrIp").asText()));
                if (!https) {
                    problems.add("the instances of " + e.name() + " have no HTTPS egress");
                }
                if (!app.privateSubnetsReachInternet()) {
                    for (var target : Map.of("CloudFormation", cfnEndpoints, "Terraform", tfEndpoints).entrySet()) {
                        Set<EndpointService> reachable = EnumSet.noneOf(EndpointService.class);
                        reachable.addAll(target.getValue());
                        reachable.addAll(app.existingEndpoints());
                        if (!reachable.containsAll(dev.berth.network.EndpointNeeds.ec2Agent())) {
                            problems.add(target.getKey() + ": the agent on the instances of " + e.name()
                                    + " cannot reach ECS: endpoints " + reachable);
                        }
                    }
                }
            }
        }
    }

    /** Every service prefix of the task role's actions has an endpoint (created or existing). */
    private static void granted(String target, Service service, JsonNode policy, Set<EndpointService> endpoints,
                                Application app, List<String> problems) {
        if (policy == null) {
            return;
        }
        Set<String> missing = new TreeSet<>();
        for (JsonNode statement : policy.path("Statement")) {
            List<JsonNode> actions = new ArrayList<>();
            if (statement.path("Action").isArray()) {
                statement.path("Action").forEach(actions::add);
            } else {
                actions.add(statement.path("Action"));
            }
            for (JsonNode action : actions) {
                if (action.asText().startsWith("elasticfilesystem:Client")) {
                    continue; // authorizes an NFS mount at the mount target, no API call (FileSystemPlanner)
                }
                String prefix = action.asText().substring(0, action.asText().indexOf(':'));
                EndpointService endpoint = EndpointService.ofIamPrefix(prefix);
                if (endpoint == null) {
                    missing.add(prefix + " (no endpoint known)");
                } else if (!endpoints.contains(endpoint) && !app.existingEndpoints().contains(endpoint)) {
                    missing.add(endpoint.serviceSuffix());
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.add(target + ": the task role of " + service.name() + " is granted " + missing
                    + " but no endpoint reaches it");
        }
    }

    private static Set<EndpointService> cfnEndpoints(Synthesized s) {
        Set<EndpointService> endpoints = EnumSet.noneOf(EndpointService.class);
        s.cfnByLogicalId().values().stream().filter(r -> r.path("Type").asText().equals("AWS::EC2::VPCEndpoint"))
                .forEach(r -> endpoints.add(service(r.path("Properties").path("ServiceName").path("Fn::Sub").asText())));
        return endpoints;
    }

    private static Set<EndpointService> tfEndpoints(Synthesized s) {
        Set<EndpointService> endpoints = EnumSet.noneOf(EndpointService.class);
        s.tfResources().path("aws_vpc_endpoint").forEach(r -> endpoints.add(service(r.path("service_name").asText())));
        return endpoints;
    }

    /** {@code com.amazonaws.${region}.ecr.api} to ECR_API. */
    private static EndpointService service(String serviceName) {
        String suffix = serviceName.substring(serviceName.lastIndexOf("}.") + 2);
        for (EndpointService e : EndpointService.values()) {
            if (e.serviceSuffix().equals(suffix)) {
                return e;
            }
        }
        throw new AssertionError("unknown endpoint service " + serviceName);
    }

    /** A task group's egress rules: HTTPS or all traffic, and exactly the declared egress. */
    private static void egress(Application app, Map<String, JsonNode> cfn, List<String> problems) {
        for (Service service : app.services()) {
            String group = "<" + ProgramNames.pascal(service.name()) + "TasksSecurityGroup>";
            Set<String> expected = new TreeSet<>();
            expected.add(service.allowAllOutbound() ? "-1 all to 0.0.0.0/0" : "tcp 443-443 to 0.0.0.0/0");
            for (Egress e : service.egress()) {
                if (e.destination() == Egress.Destination.SERVICE) {
                    app.services().stream().filter(x -> x.name().equals(e.target())).findFirst()
                            .flatMap(peer -> peer.exposures().stream().findFirst()).ifPresent(x -> app.loadBalancers()
                                    .stream().filter(lb -> lb.name().equals(x.loadBalancer())
                                            && !lb.isInternetFacing()).forEach(lb -> {
                                        String to = "<" + ProgramNames.pascal(lb.name()) + "AlbSecurityGroup>";
                                        if (e.protocol() == Egress.IpProtocol.ALL) {
                                            expected.add("-1 all to " + to);
                                        } else {
                                            expected.add("tcp " + lb.httpPort() + "-" + lb.httpPort() + " to " + to);
                                            if (lb.hasHttps()) {
                                                expected.add("tcp " + lb.httpsPort() + "-" + lb.httpsPort() + " to "
                                                        + to);
                                            }
                                        }
                                    }));
                } else {
                    expected.add(e.protocol() == Egress.IpProtocol.ALL ? "-1 all to " + e.target()
                            : e.protocol().value() + " " + e.fromPort() + "-" + e.toPort() + " to " + e.target());
                }
            }
            // NFS to each EFS file system the tasks mount (issue 12), at its mount targets' group.
            for (dev.berth.task.Volume v : service.task().volumes()) {
                if (v instanceof dev.berth.task.Volume.Efs efs) {
                    expected.add("tcp 2049-2049 to " + (efs.isExisting() ? efs.securityGroupId()
                            : "<" + ProgramNames.pascal(efs.fileSystem()) + "EfsSecurityGroup>"));
                }
            }
            Set<String> actual = new TreeSet<>();
            cfn.values().stream().filter(r -> r.path("Type").asText().equals("AWS::EC2::SecurityGroupEgress"))
                    .map(r -> r.path("Properties"))
                    .filter(p -> Neutral.cfn(p.path("GroupId"), Set.of()).equals(group))
                    .forEach(p -> {
                        String to = p.has("CidrIp") ? p.path("CidrIp").asText()
                                : p.has("DestinationPrefixListId") ? p.path("DestinationPrefixListId").asText()
                                : Neutral.cfn(p.path("DestinationSecurityGroupId"), Set.of());
                        String ports = p.has("FromPort") ? p.path("FromPort").asText() + "-" + p.path("ToPort").asText()
                                : "all";
                        actual.add(p.path("IpProtocol").asText() + " " + ports + " to " + to);
                    });
            if (!actual.equals(expected)) {
                problems.add("egress of the tasks of " + service.name() + ": " + actual + ", but the program"
                        + " declares " + expected);
            }
        }
    }
}
