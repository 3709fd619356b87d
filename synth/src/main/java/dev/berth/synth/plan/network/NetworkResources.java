package dev.berth.synth.plan.network;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned network resources: VPC, subnets, routing, gateways, endpoints and security groups. */
public final class NetworkResources {

    private NetworkResources() {
    }

    /**
     * A VPC.
     *
     * @param enableDnsHostnames whether instances get DNS host names (interface endpoints with private DNS need it)
     * @param enableDnsSupport   whether the Amazon-provided DNS server resolves (the same)
     */
    public record Vpc(ResourceId id, String cidr, boolean enableDnsHostnames, boolean enableDnsSupport,
                      Map<String, String> tags) implements PlannedResource {
        public Vpc {
            tags = Immutable.map(tags);
        }

    }

    public record InternetGateway(ResourceId id, Map<String, String> tags) implements PlannedResource {
        public InternetGateway {
            tags = Immutable.map(tags);
        }
    }

    public record GatewayAttachment(ResourceId id, Value vpc, Value internetGateway) implements PlannedResource {
    }

    public record Subnet(ResourceId id, Value vpc, String cidr, Value availabilityZone, boolean mapPublicIpOnLaunch,
                         Map<String, String> tags) implements PlannedResource {
        public Subnet {
            tags = Immutable.map(tags);
        }
    }

    public record RouteTable(ResourceId id, Value vpc, Map<String, String> tags) implements PlannedResource {
        public RouteTable {
            tags = Immutable.map(tags);
        }
    }

    /** What a route sends its traffic to. */
    public enum RouteTarget { INTERNET_GATEWAY, NAT_GATEWAY }

    public record Route(ResourceId id, Value routeTable, String destinationCidr, RouteTarget targetType,
                        Value target) implements PlannedResource {
    }

    public record RouteTableAssociation(ResourceId id, Value subnet, Value routeTable) implements PlannedResource {
    }

    /** An Elastic IP for a NAT gateway; {@code domain} is {@code vpc}. */
    public record ElasticIp(ResourceId id, String domain, Map<String, String> tags) implements PlannedResource {
        public ElasticIp {
            tags = Immutable.map(tags);
        }
    }

    public record NatGateway(ResourceId id, Value subnet, Value allocationId, Map<String, String> tags)
            implements PlannedResource {
        public NatGateway {
            tags = Immutable.map(tags);
        }
    }

    /**
     * A VPC endpoint. A gateway endpoint has route tables and nothing else; an interface endpoint has subnets,
     * security groups and private DNS.
     */
    public record VpcEndpoint(ResourceId id, Value vpc, Value serviceName, boolean gateway, List<Value> subnets,
                              List<Value> securityGroups, List<Value> routeTables, boolean privateDns,
                              Map<String, String> tags) implements PlannedResource {
        public VpcEndpoint {
            subnets = Immutable.list(subnets);
            securityGroups = Immutable.list(securityGroups);
            routeTables = Immutable.list(routeTables);
            tags = Immutable.map(tags);
        }
    }

    /**
     * VPC flow logs of all traffic, delivered to a CloudWatch Logs group by a role the flow logs service assumes.
     *
     * @param logGroup        the destination group (CloudFormation names it by name, Terraform by ARN)
     * @param resourceType    what the flow log watches: {@code VPC}
     * @param trafficType     {@code ALL}, {@code ACCEPT} or {@code REJECT}
     * @param destinationType {@code cloud-watch-logs}
     */
    public record FlowLog(ResourceId id, Value vpc, String resourceType, String trafficType, String destinationType,
                          ResourceId logGroup, Value deliveryRoleArn, Map<String, String> tags)
            implements PlannedResource {
        public FlowLog {
            tags = Immutable.map(tags);
        }
    }

    /**
     * A security group. Its rules are the {@link SecurityGroupRule}s that name it and nothing else: where a
     * target adds a default allow-all egress rule to new groups, its renderer must remove that rule.
     */
    public record SecurityGroup(ResourceId id, Value vpc, String description, Map<String, String> tags)
            implements PlannedResource {
        public SecurityGroup {
            tags = Immutable.map(tags);
        }
    }

    /** The other side of a security group rule. */
    public sealed interface Peer permits Cidr, Group, PrefixList {
    }

    public record Cidr(String cidrIpv4) implements Peer {
    }

    public record Group(Value securityGroupId) implements Peer {
    }

    /** A managed prefix list ({@code pl-...}), e.g. an on-premises range or an AWS service's. */
    public record PrefixList(String prefixListId) implements Peer {
    }

    /**
     * One security group rule: an ingress or an egress resource, alike but for the direction.
     * {@code fromPort}/{@code toPort} are null when the rule covers all protocols ({@code -1}): AWS rejects ports then.
     */
    public sealed interface SecurityGroupRule extends PlannedResource permits SecurityGroupIngress, SecurityGroupEgress {

        /** The IP protocol meaning every protocol. */
        String ALL_PROTOCOLS = "-1";

        /** The security group the rule belongs to. */
        Value group();

        /** {@code tcp}, {@code udp} or {@link #ALL_PROTOCOLS}. */
        String ipProtocol();

        /** First port; null with all protocols. */
        Integer fromPort();

        /** Last port; null with all protocols. */
        Integer toPort();

        /** The source (ingress) or destination (egress). */
        Peer peer();

        /** Why the rule exists. */
        String description();

        /** The ports of a rule: none with every protocol. */
        static Integer port(String ipProtocol, int port) {
            return ALL_PROTOCOLS.equals(ipProtocol) ? null : port;
        }
    }

    /** An ingress rule; see {@link SecurityGroupRule}. */
    public record SecurityGroupIngress(ResourceId id, Value group, String ipProtocol, Integer fromPort, Integer toPort,
                                       Peer peer, String description) implements SecurityGroupRule {
        public SecurityGroupIngress(ResourceId id, Value group, String ipProtocol, int fromPort, int toPort, Peer peer,
                                    String description) {
            this(id, group, ipProtocol, SecurityGroupRule.port(ipProtocol, fromPort),
                    SecurityGroupRule.port(ipProtocol, toPort), peer, description);
        }
    }

    /** An egress rule; see {@link SecurityGroupRule}. */
    public record SecurityGroupEgress(ResourceId id, Value group, String ipProtocol, Integer fromPort, Integer toPort,
                                      Peer peer, String description) implements SecurityGroupRule {
        public SecurityGroupEgress(ResourceId id, Value group, String ipProtocol, int fromPort, int toPort, Peer peer,
                                   String description) {
            this(id, group, ipProtocol, SecurityGroupRule.port(ipProtocol, fromPort),
                    SecurityGroupRule.port(ipProtocol, toPort), peer, description);
        }
    }
}
