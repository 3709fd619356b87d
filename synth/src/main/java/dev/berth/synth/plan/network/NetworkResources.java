package dev.berth.synth.plan.network;

import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned network resources: VPC, subnets, routing, gateways, endpoints and security groups. */
public final class NetworkResources {

    private NetworkResources() {
    }

    /** A VPC with DNS support and DNS host names on (interface endpoints with private DNS need both). */
    public record Vpc(ResourceId id, String cidr, Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.vpc(this);
        }
    }

    public record InternetGateway(ResourceId id, Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.internetGateway(this);
        }
    }

    public record GatewayAttachment(ResourceId id, Value vpc, Value internetGateway) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.gatewayAttachment(this);
        }
    }

    public record Subnet(ResourceId id, Value vpc, String cidr, Value availabilityZone, boolean mapPublicIpOnLaunch,
                         Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.subnet(this);
        }
    }

    public record RouteTable(ResourceId id, Value vpc, Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.routeTable(this);
        }
    }

    /** What a route sends its traffic to. */
    public enum RouteTarget { INTERNET_GATEWAY, NAT_GATEWAY }

    public record Route(ResourceId id, Value routeTable, String destinationCidr, RouteTarget targetType,
                        Value target, List<ResourceId> dependsOn) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.route(this);
        }
    }

    public record RouteTableAssociation(ResourceId id, Value subnet, Value routeTable) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.routeTableAssociation(this);
        }
    }

    /** An Elastic IP in the VPC domain, for a NAT gateway. */
    public record ElasticIp(ResourceId id, Map<String, String> tags, List<ResourceId> dependsOn)
            implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.elasticIp(this);
        }
    }

    public record NatGateway(ResourceId id, Value subnet, Value allocationId, Map<String, String> tags)
            implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.natGateway(this);
        }
    }

    /**
     * A VPC endpoint. A gateway endpoint has route tables and nothing else; an interface endpoint has subnets,
     * security groups and private DNS.
     */
    public record VpcEndpoint(ResourceId id, Value vpc, Value serviceName, boolean gateway, List<Value> subnets,
                              List<Value> securityGroups, List<Value> routeTables, boolean privateDns,
                              Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.vpcEndpoint(this);
        }
    }

    /**
     * VPC flow logs of all traffic, delivered to a CloudWatch Logs group by a role the flow logs service assumes.
     *
     * @param logGroup the destination group (CloudFormation names it by name, Terraform by ARN)
     */
    public record FlowLog(ResourceId id, Value vpc, ResourceId logGroup, Value deliveryRoleArn,
                          Map<String, String> tags) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.flowLog(this);
        }
    }

    /**
     * A security group. Its rules are the {@link SecurityGroupRule}s that name it and nothing else: where a
     * target adds a default allow-all egress rule to new groups, its renderer must remove that rule.
     */
    public record SecurityGroup(ResourceId id, Value vpc, String description, Map<String, String> tags)
            implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.securityGroup(this);
        }
    }

    /** The other side of a security group rule. */
    public sealed interface Peer permits Cidr, Group {
    }

    public record Cidr(String cidrIpv4) implements Peer {
    }

    public record Group(Value securityGroupId) implements Peer {
    }

    /**
     * One ingress or egress rule (the kind of the {@link ResourceId} says which).
     *
     * @param group       the security group the rule belongs to
     * @param ipProtocol  {@code tcp}, {@code udp} or {@code -1} (all; then renderers leave the ports out, AWS rejects them)
     * @param fromPort    first port
     * @param toPort      last port
     * @param peer        the source (ingress) or destination (egress)
     * @param description why the rule exists
     */
    public record SecurityGroupRule(ResourceId id, Value group, String ipProtocol, int fromPort, int toPort,
                                    Peer peer, String description) implements PlannedResource {
        public <R> R accept(Visitor<R> v) {
            return v.securityGroupRule(this);
        }
    }
}
