package dev.berth.synth.planning.network;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostics;
import dev.berth.network.EndpointService;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NatGateways;
import dev.berth.network.NewVpc;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.network.NetworkResources.RouteTarget;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.compute.LogGroups;
import dev.berth.validation.Rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Plans the VPC (or reads the existing one), its routing and NAT, and the VPC endpoints. */
public final class NetworkPlanner {

    private static final String ANYWHERE = "0.0.0.0/0";

    private NetworkPlanner() {
    }

    /**
     * What {@link dev.berth.network.Endpoints#automatic()} decided beside NAT, when it differs from what listing
     * every endpoint the tasks need would give ({@code ENDPOINTS_LEFT_TO_NAT}): the interface endpoints it left to
     * NAT, and gateway endpoints it could not attach to an existing VPC without route tables.
     */
    public static Diagnostics endpointDecisions(Application app) {
        if (!app.endpoints().derived() || !app.privateSubnetsReachInternet()) {
            return Diagnostics.none();
        }
        EnumSet<EndpointService> leftOut = EnumSet.noneOf(EndpointService.class);
        leftOut.addAll(app.neededEndpoints());
        leftOut.removeAll(app.reachableEndpoints());
        if (leftOut.isEmpty()) {
            return Diagnostics.none();
        }
        List<EndpointService> interfaces = leftOut.stream().filter(e -> !e.isGateway()).toList();
        List<EndpointService> gateways = leftOut.stream().filter(EndpointService::isGateway).toList();
        String network = app.network() instanceof NewVpc vpc ? "natGateways " + vpc.natGateways()
                : "privateSubnetsReachInternet is true";
        StringBuilder problem = new StringBuilder("The private subnets reach the internet (").append(network)
                .append("), so Endpoints.automatic() creates no interface endpoints: the tasks reach ");
        if (!interfaces.isEmpty()) {
            problem.append(suffixes(interfaces)).append(" through NAT (interface endpoints are billed for each hour"
                    + " in each availability zone, NAT for each GB it processes)");
        }
        if (!gateways.isEmpty()) {
            problem.append(interfaces.isEmpty() ? "" : ", and ").append(suffixes(gateways)).append(" through NAT"
                    + " too, since the free gateway endpoints need the private route tables (privateRouteTableIds),"
                    + " which the existing VPC does not list");
        }
        problem.append(".");
        String ask = leftOut.stream().map(e -> "EndpointService." + e.name()).collect(Collectors.joining(", "));
        return new Diagnostics(List.of(Rule.ENDPOINTS_LEFT_TO_NAT.at("endpoints", problem.toString(),
                "To keep this traffic off NAT, ask for the endpoints: Endpoints.automaticPlus(" + ask + ")"
                        + (gateways.isEmpty() ? "" : " with privateRouteTableIds given")
                        + "; acknowledge this warning to keep NAT.")));
    }

    private static String suffixes(List<EndpointService> endpoints) {
        return endpoints.stream().map(EndpointService::serviceSuffix).collect(Collectors.joining(", "));
    }

    public static PlannedNetwork plan(Application app, PlanBuilder plan) {
        PlannedNetwork network = app.network() instanceof NewVpc vpc
                ? newVpc(app.name(), vpc, plan)
                : existingVpc((ExistingVpc) app.network());
        return network.withEndpoints(endpoints(app.effectiveEndpoints(), network, plan));
    }

    private static PlannedNetwork existingVpc(ExistingVpc vpc) {
        return new PlannedNetwork(Value.literal(vpc.vpcId()), vpc.cidr(), literals(vpc.publicSubnetIds()),
                literals(vpc.privateSubnetIds()), literals(vpc.privateRouteTableIds()));
    }

    private static List<Value> literals(List<String> ids) {
        return ids.stream().map(Value::literal).toList();
    }

    private static PlannedNetwork newVpc(String name, NewVpc spec, PlanBuilder plan) {
        ResourceId vpcId = ResourceId.of(NetworkResources.Vpc.class, name);
        // DNS host names and support on: interface endpoints with private DNS need both.
        plan.add(new NetworkResources.Vpc(vpcId, spec.cidr(), true, true, plan.tagsNamed("vpc")));
        Value vpc = vpcId.attr(Attr.ID);
        if (spec.flowLogs()) {
            flowLogs(name, spec, vpc, plan);
        }

        ResourceId igwId = ResourceId.of(NetworkResources.InternetGateway.class, name);
        plan.add(new NetworkResources.InternetGateway(igwId, plan.tagsNamed("igw")));
        ResourceId attachmentId = ResourceId.of(NetworkResources.GatewayAttachment.class, name);
        plan.add(new NetworkResources.GatewayAttachment(attachmentId, vpc, igwId.attr(Attr.ID)));

        List<Value> publicSubnets = new ArrayList<>();
        List<Value> privateSubnets = new ArrayList<>();
        List<Value> privateRouteTables = new ArrayList<>();
        for (int az = 0; az < spec.availabilityZones(); az++) {
            String letter = azLetter(az);
            ResourceId pub = ResourceId.of(NetworkResources.Subnet.class, "public", letter);
            plan.add(new NetworkResources.Subnet(pub, vpc, SubnetMath.publicSubnet(spec.cidr(), az),
                    new Value.AzName(az), false, plan.tagsNamed("public-" + letter)));
            publicSubnets.add(pub.attr(Attr.ID));
            ResourceId priv = ResourceId.of(NetworkResources.Subnet.class, "private", letter);
            plan.add(new NetworkResources.Subnet(priv, vpc, SubnetMath.privateSubnet(spec.cidr(), az),
                    new Value.AzName(az), false, plan.tagsNamed("private-" + letter)));
            privateSubnets.add(priv.attr(Attr.ID));
        }

        // One public route table: every public subnet routes to the internet gateway.
        ResourceId publicTable = ResourceId.of(NetworkResources.RouteTable.class, "public");
        plan.add(new NetworkResources.RouteTable(publicTable, vpc, plan.tagsNamed("public")));
        plan.add(new NetworkResources.Route(ResourceId.of(NetworkResources.Route.class, "public", "internet"),
                publicTable.attr(Attr.ID), ANYWHERE, RouteTarget.INTERNET_GATEWAY, igwId.attr(Attr.ID)));
        for (int az = 0; az < spec.availabilityZones(); az++) {
            String letter = azLetter(az);
            plan.add(new NetworkResources.RouteTableAssociation(
                    ResourceId.of(NetworkResources.RouteTableAssociation.class, "public", letter),
                    publicSubnets.get(az), publicTable.attr(Attr.ID)));
        }

        // NAT gateways live in public subnets: one in the first AZ, or one in each.
        int natCount = switch (spec.natGateways()) {
            case NONE -> 0;
            case SINGLE -> 1;
            case PER_AZ -> spec.availabilityZones();
        };
        List<Value> natGateways = new ArrayList<>();
        for (int az = 0; az < natCount; az++) {
            String letter = azLetter(az);
            ResourceId eip = ResourceId.of(NetworkResources.ElasticIp.class, "nat", letter);
            plan.add(new NetworkResources.ElasticIp(eip, "vpc", plan.tagsNamed("nat-" + letter)));
            ResourceId nat = ResourceId.of(NetworkResources.NatGateway.class, letter);
            plan.add(new NetworkResources.NatGateway(nat, publicSubnets.get(az), eip.attr(Attr.ALLOCATION_ID),
                    plan.tagsNamed("nat-" + letter)));
            natGateways.add(nat.attr(Attr.ID));
        }

        // One private route table per AZ, so per-AZ NAT keeps each AZ's egress in that AZ.
        for (int az = 0; az < spec.availabilityZones(); az++) {
            String letter = azLetter(az);
            ResourceId table = ResourceId.of(NetworkResources.RouteTable.class, "private", letter);
            plan.add(new NetworkResources.RouteTable(table, vpc, plan.tagsNamed("private-" + letter)));
            privateRouteTables.add(table.attr(Attr.ID));
            if (spec.natGateways() != NatGateways.NONE) {
                Value nat = natGateways.get(spec.natGateways() == NatGateways.PER_AZ ? az : 0);
                plan.add(new NetworkResources.Route(ResourceId.of(NetworkResources.Route.class, "private", letter, "nat"),
                        table.attr(Attr.ID), ANYWHERE, RouteTarget.NAT_GATEWAY, nat));
            }
            plan.add(new NetworkResources.RouteTableAssociation(
                    ResourceId.of(NetworkResources.RouteTableAssociation.class, "private", letter),
                    privateSubnets.get(az), table.attr(Attr.ID)));
        }
        return new PlannedNetwork(vpc, spec.cidr(), publicSubnets, privateSubnets, privateRouteTables);
    }

    /**
     * Interface endpoints sit in the private subnets with private DNS, behind one security group that admits HTTPS
     * from the VPC; gateway endpoints (S3, where ECR keeps image layers, and DynamoDB) are added to the private route
     * tables. Which ones is decided once by {@code Application.effectiveEndpoints()}, for validation and plan alike.
     */
    private static Map<EndpointService, ResourceId> endpoints(Set<EndpointService> services, PlannedNetwork network,
                                                              PlanBuilder plan) {
        Map<EndpointService, ResourceId> planned = new EnumMap<>(EndpointService.class);
        boolean anyInterface = services.stream().anyMatch(s -> !s.isGateway());
        Value endpointGroup = null;
        if (anyInterface) {
            ResourceId group = ResourceId.of(NetworkResources.SecurityGroup.class, "endpoints");
            plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(),
                    "VPC interface endpoints: HTTPS from the VPC", plan.tagsNamed("endpoints")));
            endpointGroup = group.attr(Attr.ID);
            plan.add(new NetworkResources.SecurityGroupIngress(
                    ResourceId.of(NetworkResources.SecurityGroupIngress.class, "endpoints", "https", "from", "vpc"), endpointGroup,
                    "tcp", 443, 443, new NetworkResources.Cidr(network.vpcCidr()), "HTTPS from the VPC"));
        }
        for (EndpointService service : services) {
            ResourceId id = ResourceId.of(NetworkResources.VpcEndpoint.class, service.serviceSuffix().replace('.', '-'));
            planned.put(service, id);
            Value serviceName = Value.concat("com.amazonaws.", Value.pseudo(Pseudo.REGION),
                    "." + service.serviceSuffix());
            if (service.isGateway()) {
                plan.add(new NetworkResources.VpcEndpoint(id, network.vpcId(), serviceName, true, List.of(),
                        List.of(), network.privateRouteTables(), false, plan.tags()));
            } else {
                plan.add(new NetworkResources.VpcEndpoint(id, network.vpcId(), serviceName, false,
                        network.privateSubnets(), List.of(endpointGroup), List.of(), true, plan.tags()));
            }
        }
        return planned;
    }

    /**
     * Flow logs of all traffic of the VPC, kept 90 days unless the program says otherwise: the record security reviews
     * and SG debugging need.
     */
    private static void flowLogs(String name, NewVpc spec, Value vpc, PlanBuilder plan) {
        ResourceId group = ResourceId.of(ComputeResources.LogGroup.class, name, "flow-logs");
        plan.add(LogGroups.logGroup(group, "/vpc/" + name + "/flow-logs", spec.flowLogsRetentionDays(),
                NewVpc.DEFAULT_FLOW_LOGS_RETENTION_DAYS,
                spec.flowLogsKmsKeyArn(), spec.flowLogsRemovalPolicy(), plan));
        Value role = dev.berth.synth.planning.iam.RolePlanner.flowLogsRole(name, group.attr(Attr.NAME), plan);
        plan.add(new NetworkResources.FlowLog(ResourceId.of(NetworkResources.FlowLog.class, name), vpc, "VPC", "ALL",
                "cloud-watch-logs", group, role, plan.tagsNamed("flow-logs")));
    }

    static String azLetter(int az) {
        return String.valueOf((char) ('a' + az));
    }
}
