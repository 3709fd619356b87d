package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.network.EndpointService;
import dev.berth.network.ExistingVpc;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetSelection;
import dev.berth.network.SubnetType;
import dev.berth.service.Service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The VPC, its subnets and where services and load balancers are placed in it.
 *
 * <ul>
 *   <li>{@code VPC_CIDR}: a new VPC's CIDR is not a valid IPv4 CIDR with prefix /16 to /24 aligned to its prefix
 *       (an existing VPC's, when given, not a valid CIDR with prefix /16 to /28).</li>
 *   <li>{@code VPC_CIDR_PUBLIC} (warning): a new VPC's CIDR lies outside the private ranges 10.0.0.0/8,
 *       172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10.</li>
 *   <li>{@code AZ_COUNT}: a new VPC has other than 2 or 3 availability zones.</li>
 *   <li>{@code LOG_RETENTION}, {@code LOG_KMS_KEY}: a new VPC's flow logs are kept for a retention CloudWatch Logs
 *       does not accept, or encrypted with a KMS key that is not a key ARN (see ContainerRules).</li>
 *   <li>{@code EXISTING_VPC_INCOMPLETE}: an existing VPC has no VPC ID or fewer than 2 private subnet IDs.</li>
 *   <li>{@code EXISTING_VPC_ID}: a VPC, subnet or route table ID is malformed or listed twice.</li>
 *   <li>{@code EXISTING_VPC_CIDR_REQUIRED}: interface endpoints, or an internal load balancer, are wanted in an
 *       existing VPC without its CIDR (their security groups admit traffic from the VPC's range).</li>
 *   <li>{@code EXISTING_VPC_ROUTE_TABLES_REQUIRED}: a gateway endpoint (S3, DynamoDB) is wanted in an existing VPC
 *       without private route table IDs.</li>
 *   <li>{@code SUBNET_SELECTION}: explicit subnets without (valid) IDs, or public subnets of an existing VPC that
 *       has none.</li>
 *   <li>{@code LOAD_BALANCER_SUBNETS}: an internet-facing load balancer in private subnets or in an existing VPC
 *       without public subnets, a load balancer in fewer than two subnets, or in subnets smaller than /27.</li>
 * </ul>
 */
final class NetworkRules {

    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    private static final Pattern ROUTE_TABLE_ID = Pattern.compile("rtb-[0-9a-f]{8}(?:[0-9a-f]{9})?");
    /** Elastic Load Balancing needs subnets of at least /27 with 8 free addresses. */
    private static final int ALB_MAX_SUBNET_PREFIX = 27;
    /** The public subnets of a new VPC are a sixteenth of it (see {@link NewVpc}). */
    private static final int PUBLIC_SUBNET_EXTRA_BITS = 4;

    /**
     * The ranges a VPC is meant to use: RFC 1918's private ranges and RFC 6598's shared address space
     * 100.64.0.0/10, which AWS itself uses in its CreateVpc example (100.68.0.0/18) and recommends for secondary
     * CIDRs. Any other range is publicly routable: AWS accepts it, but the VPC's resources then cannot reach the
     * real owners of those addresses on the internet.
     */
    private static final List<Values.Cidr> PRIVATE_RANGES = List.of(Values.Cidr.parse("10.0.0.0/8"),
            Values.Cidr.parse("172.16.0.0/12"), Values.Cidr.parse("192.168.0.0/16"),
            Values.Cidr.parse("100.64.0.0/10"));

    private NetworkRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        if (app.network() instanceof NewVpc vpc) {
            newVpc(report, vpc);
        } else if (app.network() instanceof ExistingVpc vpc) {
            existingVpc(report, app, vpc);
        }
        for (Service s : app.services()) {
            selection(report, app, Paths.service(s) + ".subnets", s.subnets(), true);
        }
        for (LoadBalancer lb : app.loadBalancers()) {
            String path = Paths.loadBalancer(lb) + ".subnets";
            if (!selection(report, app, path, lb.effectiveSubnets(), false)) {
                loadBalancerSubnets(report, app, lb.isInternetFacing(), lb.effectiveSubnets(), path);
            }
        }
        for (dev.berth.loadbalancing.NetworkLoadBalancer lb : app.networkLoadBalancers()) {
            String path = Paths.networkLoadBalancer(lb) + ".subnets";
            if (!selection(report, app, path, lb.effectiveSubnets(), false)) {
                loadBalancerSubnets(report, app, lb.isInternetFacing(), lb.effectiveSubnets(), path);
            }
        }
        return report.diagnostics();
    }

    private static void newVpc(Report report, NewVpc vpc) {
        if (vpc.flowLogs()) {
            if (vpc.flowLogsRetentionDays() != 0 && !ContainerRules.RETENTION_DAYS.contains(vpc.flowLogsRetentionDays())) {
                report.add(Rule.LOG_RETENTION, Paths.NETWORK + ".flowLogsRetentionDays", "The flow logs' retention "
                                + vpc.flowLogsRetentionDays() + " days is not one CloudWatch Logs accepts ("
                                + Values.join(ContainerRules.RETENTION_DAYS) + ").",
                        "Pick one of these values, e.g. 90.");
            }
            ContainerRules.logKmsKey(report, Paths.NETWORK + ".flowLogsKmsKey", vpc.flowLogsKmsKeyArn(), false);
        }
        String path = Paths.NETWORK + ".cidr";
        Values.Cidr cidr = Values.Cidr.parse(vpc.cidr());
        if (cidr == null) {
            report.add(Rule.VPC_CIDR, path, "The VPC CIDR " + Values.quoted(vpc.cidr()) + " is not an IPv4 CIDR.",
                    "Use a range such as 10.0.0.0/16.");
        } else if (!Values.inRange(cidr.prefix(), 16, 24)) {
            report.add(Rule.VPC_CIDR, path, "The VPC CIDR " + Values.quoted(vpc.cidr()) + " has prefix /"
                            + cidr.prefix() + "; Berth supports /16 to /24 (AWS allows /16 to /28 for a VPC, and Berth"
                            + " splits it into quarters for private and sixteenths for public subnets).",
                    "Use a prefix between /16 and /24, e.g. " + new Values.Cidr(cidr.address(), 16).network()
                            + ".");
        } else if (!cidr.aligned()) {
            report.add(Rule.VPC_CIDR, path, "The VPC CIDR " + Values.quoted(vpc.cidr()) + " has host bits set:"
                            + " the address is not the start of a /" + cidr.prefix() + " block.",
                    "Use " + cidr.network() + ".");
        } else if (PRIVATE_RANGES.stream().noneMatch(cidr::within)) {
            report.add(Rule.VPC_CIDR_PUBLIC, path, "The VPC CIDR " + Values.quoted(vpc.cidr()) + " is publicly"
                            + " routable (outside 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10):"
                            + " traffic from the VPC to the real owners of those addresses on the internet is routed"
                            + " inside the VPC instead, and the range may clash with networks you connect later.",
                    "Use a private range, e.g. 10.0.0.0/16, unless you own these addresses and mean to use them.");
        }
        if (vpc.availabilityZones() != 2 && vpc.availabilityZones() != 3) {
            report.add(Rule.AZ_COUNT, Paths.NETWORK + ".availabilityZones", "The VPC spans "
                            + vpc.availabilityZones() + " availability zones; Berth supports 2 or 3 (load balancers"
                            + " need subnets in at least two AZs).",
                    "Set availabilityZones to 2 or 3.");
        }
    }

    private static void existingVpc(Report report, Application app, ExistingVpc vpc) {
        String base = Paths.NETWORK;
        if (vpc.vpcId().isBlank()) {
            report.add(Rule.EXISTING_VPC_INCOMPLETE, base + ".vpcId", "The existing VPC has no VPC ID.",
                    "Set vpcId, e.g. vpc-0abc12345def67890.");
        } else if (!Values.matchesOrToken(VPC_ID, vpc.vpcId())) {
            report.add(Rule.EXISTING_VPC_ID, base + ".vpcId", "The VPC ID " + Values.quoted(vpc.vpcId())
                    + " is not a VPC ID (vpc- and 8 or 17 hex digits).", "Copy the ID from the VPC console or CLI.");
        }
        if (vpc.privateSubnetIds().size() < 2 && !Values.anyToken(vpc.privateSubnetIds())) {
            report.add(Rule.EXISTING_VPC_INCOMPLETE, base + ".privateSubnetIds", "The existing VPC lists "
                            + vpc.privateSubnetIds().size() + " private subnet ID(s); tasks and internal load balancers"
                            + " need subnets in at least two availability zones.",
                    "List at least two private subnet IDs in different availability zones.");
        }
        ids(report, base + ".privateSubnetIds", vpc.privateSubnetIds(), SUBNET_ID, "subnet");
        ids(report, base + ".publicSubnetIds", vpc.publicSubnetIds(), SUBNET_ID, "subnet");
        ids(report, base + ".privateRouteTableIds", vpc.privateRouteTableIds(), ROUTE_TABLE_ID, "route table");

        if (!vpc.cidr().isEmpty() && !Values.isToken(vpc.cidr())) {
            Values.Cidr cidr = Values.Cidr.parse(vpc.cidr());
            if (cidr == null || !Values.inRange(cidr.prefix(), 16, 28) || !cidr.aligned()) {
                report.add(Rule.VPC_CIDR, base + ".cidr", "The VPC CIDR " + Values.quoted(vpc.cidr())
                                + " is not an aligned IPv4 CIDR with prefix /16 to /28.",
                        "Give the VPC's primary IPv4 CIDR exactly as AWS shows it, e.g. 10.0.0.0/16.");
            }
        }
        Set<EndpointService> endpoints = app.effectiveEndpoints();
        List<String> interfaces = endpoints.stream().filter(e -> !e.isGateway())
                .map(EndpointService::serviceSuffix).toList();
        // An internal load balancer admits the VPC's range, unless the program lists the ranges it admits.
        boolean internalLoadBalancer = app.loadBalancers().stream()
                .anyMatch(lb -> !lb.isInternetFacing() && lb.allowedCidrs().isEmpty())
                || app.networkLoadBalancers().stream()
                .anyMatch(lb -> !lb.isInternetFacing() && lb.allowedCidrs().isEmpty());
        // ... as does a CodeDeploy test listener without ranges of its own or of its load balancer
        boolean testListener = app.services().stream().anyMatch(s -> CodeDeployRules.testListenerAdmitsVpc(app, s));
        if ((internalLoadBalancer || testListener) && interfaces.isEmpty() && vpc.cidr().isEmpty()) {
            report.add(Rule.EXISTING_VPC_CIDR_REQUIRED, base + ".cidr", "An internal load balancer's security group"
                            + " (or a CodeDeploy test listener's ingress) admits its listener ports from the VPC's CIDR,"
                            + " which is not given for the existing VPC.",
                    "Set cidr to the VPC's IPv4 range.");
        }
        if (!interfaces.isEmpty() && vpc.cidr().isEmpty()) {
            report.add(Rule.EXISTING_VPC_CIDR_REQUIRED, base + ".cidr", "Berth creates the interface endpoints "
                            + Values.join(interfaces) + " in the existing VPC; their security group admits HTTPS from"
                            + " the VPC's CIDR, which is not given.",
                    "Set cidr to the VPC's IPv4 range, or list the endpoints the VPC already has"
                            + " (existingEndpoints), or, when the private subnets reach the internet through NAT, use"
                            + " Endpoints.automatic() (which creates no interface endpoints beside NAT).");
        }
        List<String> gateways = endpoints.stream().filter(EndpointService::isGateway)
                .map(EndpointService::serviceSuffix).toList();
        if (!gateways.isEmpty() && vpc.privateRouteTableIds().isEmpty()) {
            report.add(Rule.EXISTING_VPC_ROUTE_TABLES_REQUIRED, base + ".privateRouteTableIds", "Berth creates the"
                            + " gateway endpoints " + Values.join(gateways) + " (ECR keeps image layers in S3), and a"
                            + " gateway endpoint is attached to route tables, but the existing VPC lists no private"
                            + " route table IDs.",
                    "Set privateRouteTableIds to the route tables of the private subnets, or list the endpoints the"
                            + " VPC already has (existingEndpoints).");
        }
    }

    private static void ids(Report report, String path, List<String> ids, Pattern shape, String kind) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String at = path + "[" + i + "]";
            if (!Values.matchesOrToken(shape, id)) {
                report.add(Rule.EXISTING_VPC_ID, at, Values.quoted(id) + " is not a " + kind + " ID.",
                        "Copy the " + kind + " ID from the VPC console or CLI.");
            } else if (!Values.isToken(id) && !seen.add(id)) {
                report.add(Rule.EXISTING_VPC_ID, at, "The " + kind + " ID " + Values.quoted(id)
                        + " is listed twice.", "Remove the duplicate.");
            }
        }
    }

    /** Checks a selection against the network; true when it reported a problem. */
    private static boolean selection(Report report, Application app, String path, SubnetSelection selection,
                                     boolean forService) {
        if (selection.type() == SubnetType.EXPLICIT) {
            if (selection.subnetIds().isEmpty()) {
                report.add(Rule.SUBNET_SELECTION, path, "The subnet selection is explicit but lists no subnet ID.",
                        "List subnet IDs, or select the private or public subnets.");
                return true;
            }
            boolean bad = false;
            for (int i = 0; i < selection.subnetIds().size(); i++) {
                String id = selection.subnetIds().get(i);
                if (!Values.matchesOrToken(SUBNET_ID, id)) {
                    report.add(Rule.SUBNET_SELECTION, path + ".subnetIds[" + i + "]", Values.quoted(id)
                            + " is not a subnet ID.", "Use IDs of the form subnet-0abc12345def67890.");
                    bad = true;
                }
            }
            return bad;
        }
        if (forService && selection.type() == SubnetType.PUBLIC && app.network() instanceof ExistingVpc vpc
                && vpc.publicSubnetIds().isEmpty()) {
            report.add(Rule.SUBNET_SELECTION, path, "The public subnets are selected, but the existing VPC lists no"
                            + " public subnet IDs.",
                    "Set publicSubnetIds on the existing VPC, or select the private subnets.");
            return true;
        }
        return false;
    }

    private static void loadBalancerSubnets(Report report, Application app, boolean internetFacing,
                                            SubnetSelection subnets, String path) {
        if (internetFacing && subnets.type() == SubnetType.PRIVATE) {
            report.add(Rule.LOAD_BALANCER_SUBNETS, path, "The internet-facing load balancer is placed in private"
                            + " subnets, which have no route to the internet gateway, so it cannot be reached.",
                    "Place it in public subnets (the default), or make it internal.");
            return;
        }
        if (subnets.type() == SubnetType.EXPLICIT && subnets.subnetIds().size() < 2
                && !Values.anyToken(subnets.subnetIds())) {
            report.add(Rule.LOAD_BALANCER_SUBNETS, path, "The load balancer has one subnet; an Application Load"
                    + " Balancer needs subnets in at least two availability zones.", "List at least two subnets.");
            return;
        }
        if (subnets.type() == SubnetType.PUBLIC && app.network() instanceof ExistingVpc vpc
                && vpc.publicSubnetIds().isEmpty()) {
            report.add(Rule.LOAD_BALANCER_SUBNETS, path, "The load balancer is placed in the public subnets, but the"
                            + " existing VPC lists no public subnet IDs"
                            + (internetFacing ? "; an internet-facing load balancer needs subnets with a route"
                            + " to an internet gateway." : "."),
                    "Set publicSubnetIds on the existing VPC"
                            + (internetFacing ? ", or make the load balancer internal." : "."));
            return;
        }
        if (subnets.type() == SubnetType.PUBLIC && app.network() instanceof ExistingVpc vpc
                && vpc.publicSubnetIds().size() < 2 && !Values.anyToken(vpc.publicSubnetIds())) {
            report.add(Rule.LOAD_BALANCER_SUBNETS, path, "The existing VPC lists " + vpc.publicSubnetIds().size()
                            + " public subnet; an Application Load Balancer needs subnets in at least two"
                            + " availability zones.",
                    "List at least two public subnet IDs in different availability zones.");
            return;
        }
        if (subnets.type() == SubnetType.PUBLIC && app.network() instanceof NewVpc vpc) {
            Values.Cidr cidr = Values.Cidr.parse(vpc.cidr());
            if (cidr != null && cidr.prefix() + PUBLIC_SUBNET_EXTRA_BITS > ALB_MAX_SUBNET_PREFIX
                    && cidr.prefix() <= 24) {
                report.add(Rule.LOAD_BALANCER_SUBNETS, path, "The public subnets of a /" + cidr.prefix() + " VPC are"
                                + " /" + (cidr.prefix() + PUBLIC_SUBNET_EXTRA_BITS) + "; Elastic Load Balancing"
                                + " needs subnets of at least /27 with 8 free addresses.",
                        "Use a VPC CIDR of /23 or larger (e.g. /16), or make the load balancer internal.");
            }
        }
    }
}
