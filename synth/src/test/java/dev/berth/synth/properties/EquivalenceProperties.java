package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.berth.synth.cloudformation.CloudFormationRenderer;
import dev.berth.synth.plan.Kind;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.terraform.TerraformRenderer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property 5: the CloudFormation template and the Terraform module describe the same infrastructure: the same
 * number of each kind of AWS resource (through {@link #TYPES}, the one table of CloudFormation type to Terraform
 * type), and, resource by resource, the same key values: CIDRs, ports, cpu/memory, images, desired counts,
 * scaling bounds, health-check paths, listener rule conditions and priorities, IAM actions and resources, and what
 * each resource references. Values are compared in a {@link Neutral} spelling.
 */
class EquivalenceProperties {

    /** CloudFormation type to Terraform type (provider hashicorp/aws 6): the one mapping table. */
    static final Map<String, String> TYPES = Map.ofEntries(
            entry("AWS::EC2::VPC", "aws_vpc"),
            entry("AWS::EC2::InternetGateway", "aws_internet_gateway"),
            entry("AWS::EC2::VPCGatewayAttachment", "aws_internet_gateway_attachment"),
            entry("AWS::EC2::Subnet", "aws_subnet"),
            entry("AWS::EC2::RouteTable", "aws_route_table"),
            entry("AWS::EC2::Route", "aws_route"),
            entry("AWS::EC2::SubnetRouteTableAssociation", "aws_route_table_association"),
            entry("AWS::EC2::EIP", "aws_eip"),
            entry("AWS::EC2::NatGateway", "aws_nat_gateway"),
            entry("AWS::EC2::VPCEndpoint", "aws_vpc_endpoint"),
            entry("AWS::EC2::FlowLog", "aws_flow_log"),
            entry("AWS::EC2::SecurityGroup", "aws_security_group"),
            entry("AWS::EC2::SecurityGroupIngress", "aws_vpc_security_group_ingress_rule"),
            entry("AWS::EC2::SecurityGroupEgress", "aws_vpc_security_group_egress_rule"),
            entry("AWS::ECS::Cluster", "aws_ecs_cluster"),
            entry("AWS::ECS::ClusterCapacityProviderAssociations", "aws_ecs_cluster_capacity_providers"),
            entry("AWS::Logs::LogGroup", "aws_cloudwatch_log_group"),
            entry("AWS::ECS::TaskDefinition", "aws_ecs_task_definition"),
            entry("AWS::ECS::Service", "aws_ecs_service"),
            entry("AWS::IAM::Role", "aws_iam_role"),
            entry("AWS::IAM::RolePolicy", "aws_iam_role_policy"),
            entry("AWS::ElasticLoadBalancingV2::LoadBalancer", "aws_lb"),
            entry("AWS::ElasticLoadBalancingV2::Listener", "aws_lb_listener"),
            entry("AWS::ElasticLoadBalancingV2::ListenerRule", "aws_lb_listener_rule"),
            entry("AWS::ElasticLoadBalancingV2::TargetGroup", "aws_lb_target_group"),
            entry("AWS::ApplicationAutoScaling::ScalableTarget", "aws_appautoscaling_target"),
            entry("AWS::ApplicationAutoScaling::ScalingPolicy", "aws_appautoscaling_policy"));

    @Test
    void bothTargetsDescribeTheSameInfrastructure() {
        BerthTheories.check(Programs.valid(), EquivalenceProperties::sameInfrastructure);
    }

    private static void sameInfrastructure(ProgramSpec program) {
        Synthesized s = Synthesized.of(program);
        Map<String, JsonNode> cfn = s.cfnByLogicalId();
        Map<String, JsonNode> tf = s.tfByAddress();

        // the same number of each kind of resource, through the one table
        Map<String, Integer> expected = new TreeMap<>();
        cfn.values().forEach(r -> {
            String type = r.path("Type").asText();
            assertThat(TYPES).as("mapping table has %s", type).containsKey(type);
            expected.merge(TYPES.get(type), 1, Integer::sum);
        });
        Map<String, Integer> actual = new TreeMap<>();
        tf.keySet().forEach(address -> actual.merge(address.substring(0, address.indexOf('.')), 1, Integer::sum));
        assertThat(actual).as("Terraform resources per type of\n%s", s.program()).isEqualTo(expected);

        // resource by resource, the same key values
        Set<String> parameters = new HashSet<>();
        s.template().path("Parameters").fieldNames().forEachRemaining(parameters::add);
        Map<String, String> logicalIds = new HashMap<>();
        s.plan().resources().forEach(r -> logicalIds.put(TerraformRenderer.address(r.id()),
                CloudFormationRenderer.logicalId(r.id())));
        List<String> differences = new ArrayList<>();
        for (PlannedResource r : s.plan().resources()) {
            String id = CloudFormationRenderer.logicalId(r.id());
            String address = TerraformRenderer.address(r.id());
            JsonNode cfnResource = cfn.get(id);
            JsonNode tfBody = tf.get(address);
            String type = cfnResource.path("Type").asText();
            assertThat(address).as("address of %s", id).startsWith(TYPES.get(type) + ".");
            Side c = new Side(v -> Neutral.cfn(v, parameters));
            Side t = new Side(v -> v.isTextual() ? Neutral.tf(v.asText(), logicalIds) : v.asText());
            Map<String, Object> cfnKeys = Keys.cfn(type, cfnResource.path("Properties"), c);
            Map<String, Object> tfKeys = Keys.tf(TYPES.get(type), tfBody, t);
            if (!cfnKeys.equals(tfKeys)) {
                differences.add(id + " / " + address + ":\n    CloudFormation " + cfnKeys + "\n    Terraform      "
                        + tfKeys);
            }
        }
        assertThat(differences).as("key values of\n%s", s.program()).isEmpty();
    }

    /**
     * Every kind of resource a plan can hold has a row in {@link #TYPES} and a case in {@link Keys} for both targets
     * that reads at least one key value: a kind without one would be compared by count only (the property fails on
     * it too, but only once a generated program plans that kind).
     */
    @Test
    void everyPlannedKindHasKeyValuesInBothTargets() {
        Side side = new Side(JsonNode::asText);
        JsonNode empty = Synthesized.JSON.createObjectNode();
        for (Kind kind : Kind.values()) {
            String cfnType = CloudFormationRenderer.type(kind);
            String tfType = TerraformRenderer.type(kind);
            assertThat(TYPES).as("mapping table, %s", kind).containsEntry(cfnType, tfType);
            assertThat(Keys.cfn(cfnType, empty, side)).as("key values of %s (%s)", kind, cfnType).isNotEmpty();
            assertThat(Keys.tf(tfType, empty, side)).as("key values of %s (%s)", kind, tfType)
                    .isNotEmpty().containsOnlyKeys(Keys.cfn(cfnType, empty, side).keySet());
        }
        assertThat(TYPES).as("mapping table rows without a kind").hasSize(Kind.values().length);
    }

    /** Reads values of one target in the neutral spelling. */
    record Side(Function<JsonNode, String> neutral) {
        String v(JsonNode node) {
            return node == null || node.isMissingNode() || node.isNull() ? "" : neutral.apply(node);
        }

        /** One value, or each of a list (a single value reads as a list of one). */
        List<String> list(JsonNode node) {
            List<String> out = new ArrayList<>();
            if (node == null || node.isMissingNode() || node.isNull()) {
                return out;
            }
            if (node.isArray()) {
                node.forEach(n -> out.add(v(n)));
            } else {
                out.add(v(node));
            }
            return out;
        }

        List<String> sorted(JsonNode node) {
            List<String> out = list(node);
            out.sort(null);
            return out;
        }
    }

    /** The key values of each resource type, read from either target. */
    static final class Keys {

        private Keys() {
        }

        static Map<String, Object> cfn(String type, JsonNode p, Side s) {
            Map<String, Object> k = new LinkedHashMap<>();
            switch (type) {
                case "AWS::EC2::VPC" -> k.put("cidr", s.v(p.path("CidrBlock")));
                case "AWS::EC2::InternetGateway" -> k.put("tags", cfnTags(p.path("Tags"), s));
                case "AWS::EC2::EIP" -> {
                    k.put("domain", s.v(p.path("Domain")));
                    k.put("tags", cfnTags(p.path("Tags"), s));
                }
                case "AWS::EC2::Subnet" -> {
                    k.put("cidr", s.v(p.path("CidrBlock")));
                    k.put("az", s.v(p.path("AvailabilityZone")));
                    k.put("vpc", s.v(p.path("VpcId")));
                    k.put("publicIp", s.v(p.path("MapPublicIpOnLaunch")));
                }
                case "AWS::EC2::RouteTable" -> k.put("vpc", s.v(p.path("VpcId")));
                case "AWS::EC2::Route" -> {
                    k.put("table", s.v(p.path("RouteTableId")));
                    k.put("destination", s.v(p.path("DestinationCidrBlock")));
                    k.put("target", s.v(p.has("GatewayId") ? p.path("GatewayId") : p.path("NatGatewayId")));
                }
                case "AWS::EC2::SubnetRouteTableAssociation" -> {
                    k.put("subnet", s.v(p.path("SubnetId")));
                    k.put("table", s.v(p.path("RouteTableId")));
                }
                case "AWS::EC2::VPCGatewayAttachment" -> {
                    k.put("vpc", s.v(p.path("VpcId")));
                    k.put("gateway", s.v(p.path("InternetGatewayId")));
                }
                case "AWS::EC2::NatGateway" -> {
                    k.put("subnet", s.v(p.path("SubnetId")));
                    k.put("allocation", s.v(p.path("AllocationId")));
                }
                case "AWS::EC2::VPCEndpoint" -> {
                    k.put("service", s.v(p.path("ServiceName")));
                    k.put("type", s.v(p.path("VpcEndpointType")));
                    k.put("vpc", s.v(p.path("VpcId")));
                    k.put("subnets", s.list(p.path("SubnetIds")));
                    k.put("groups", s.list(p.path("SecurityGroupIds")));
                    k.put("tables", s.list(p.path("RouteTableIds")));
                }
                case "AWS::EC2::FlowLog" -> {
                    k.put("vpc", s.v(p.path("ResourceId")));
                    k.put("traffic", s.v(p.path("TrafficType")));
                    k.put("destination", s.v(p.path("LogGroupName")));
                    k.put("role", s.v(p.path("DeliverLogsPermissionArn")));
                }
                case "AWS::EC2::SecurityGroup" -> {
                    k.put("vpc", s.v(p.path("VpcId")));
                    k.put("description", s.v(p.path("GroupDescription")));
                }
                case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" -> {
                    k.put("group", s.v(p.path("GroupId")));
                    k.put("protocol", s.v(p.path("IpProtocol")));
                    k.put("from", s.v(p.path("FromPort")));
                    k.put("to", s.v(p.path("ToPort")));
                    k.put("cidr", s.v(p.path("CidrIp")));
                    k.put("peer", s.v(p.has("SourceSecurityGroupId") ? p.path("SourceSecurityGroupId")
                            : p.path("DestinationSecurityGroupId")));
                }
                case "AWS::ECS::Cluster" -> {
                    k.put("name", s.v(p.path("ClusterName")));
                    k.put("insights", s.v(p.path("ClusterSettings").path(0).path("Value")));
                }
                case "AWS::ECS::ClusterCapacityProviderAssociations" -> {
                    k.put("cluster", s.v(p.path("Cluster")));
                    k.put("providers", s.list(p.path("CapacityProviders")));
                }
                case "AWS::Logs::LogGroup" -> {
                    k.put("name", s.v(p.path("LogGroupName")));
                    k.put("retention", s.v(p.path("RetentionInDays")));
                }
                case "AWS::ECS::TaskDefinition" -> {
                    k.put("family", s.v(p.path("Family")));
                    k.put("cpu", s.v(p.path("Cpu")));
                    k.put("memory", s.v(p.path("Memory")));
                    k.put("executionRole", s.v(p.path("ExecutionRoleArn")));
                    k.put("taskRole", s.v(p.path("TaskRoleArn")));
                    List<Object> containers = new ArrayList<>();
                    p.path("ContainerDefinitions").forEach(c -> containers.add(container(c, s, "Name", "Image",
                            "PortMappings", "ContainerPort", "Environment", "Value", "Secrets", "ValueFrom",
                            "LogConfiguration", "Options")));
                    k.put("containers", containers);
                }
                case "AWS::ECS::Service" -> {
                    k.put("name", s.v(p.path("ServiceName")));
                    k.put("cluster", s.v(p.path("Cluster")));
                    k.put("task", s.v(p.path("TaskDefinition")));
                    k.put("desired", s.v(p.path("DesiredCount")));
                    k.put("launchType", s.v(p.path("LaunchType")));
                    JsonNode vpc = p.path("NetworkConfiguration").path("AwsvpcConfiguration");
                    k.put("publicIp", vpc.isMissingNode() ? "" : String.valueOf(
                            "ENABLED".equals(vpc.path("AssignPublicIp").asText())));
                    k.put("subnets", s.list(vpc.path("Subnets")));
                    k.put("groups", s.list(vpc.path("SecurityGroups")));
                    JsonNode lb = p.path("LoadBalancers").path(0);
                    k.put("targetGroup", s.v(lb.path("TargetGroupArn")));
                    k.put("containerPort", s.v(lb.path("ContainerPort")));
                }
                case "AWS::IAM::Role" -> k.put("trust", statements(p.path("AssumeRolePolicyDocument"), s));
                case "AWS::IAM::RolePolicy" -> {
                    k.put("role", s.v(p.path("RoleName")));
                    k.put("name", s.v(p.path("PolicyName")));
                    k.put("statements", statements(p.path("PolicyDocument"), s));
                }
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                    k.put("internal", String.valueOf("internal".equals(p.path("Scheme").asText())));
                    k.put("subnets", s.list(p.path("Subnets")));
                    k.put("groups", s.list(p.path("SecurityGroups")));
                }
                case "AWS::ElasticLoadBalancingV2::Listener" -> {
                    k.put("lb", s.v(p.path("LoadBalancerArn")));
                    k.put("port", s.v(p.path("Port")));
                    k.put("protocol", s.v(p.path("Protocol")));
                    k.put("certificate", s.v(p.path("Certificates").path(0).path("CertificateArn")));
                }
                case "AWS::ElasticLoadBalancingV2::ListenerRule" -> {
                    k.put("listener", s.v(p.path("ListenerArn")));
                    k.put("priority", s.v(p.path("Priority")));
                    List<String> paths = new ArrayList<>();
                    List<String> hosts = new ArrayList<>();
                    p.path("Conditions").forEach(c -> {
                        if (c.path("Field").asText().equals("path-pattern")) {
                            paths.addAll(s.sorted(c.path("PathPatternConfig").path("Values")));
                        } else {
                            hosts.addAll(s.sorted(c.path("HostHeaderConfig").path("Values")));
                        }
                    });
                    k.put("paths", paths);
                    k.put("hosts", hosts);
                    k.put("targetGroup", s.v(p.path("Actions").path(0).path("TargetGroupArn")));
                }
                case "AWS::ElasticLoadBalancingV2::TargetGroup" -> {
                    k.put("port", s.v(p.path("Port")));
                    k.put("protocol", s.v(p.path("Protocol")));
                    k.put("vpc", s.v(p.path("VpcId")));
                    k.put("targetType", s.v(p.path("TargetType")));
                    k.put("healthPath", s.v(p.path("HealthCheckPath")));
                    k.put("matcher", s.v(p.path("Matcher").path("HttpCode")));
                }
                case "AWS::ApplicationAutoScaling::ScalableTarget" -> {
                    k.put("min", s.v(p.path("MinCapacity")));
                    k.put("max", s.v(p.path("MaxCapacity")));
                    k.put("resource", s.v(p.path("ResourceId")));
                }
                case "AWS::ApplicationAutoScaling::ScalingPolicy" -> {
                    k.put("name", s.v(p.path("PolicyName")));
                    k.put("target", s.v(p.path("ScalingTargetId")));
                    JsonNode c = p.path("TargetTrackingScalingPolicyConfiguration");
                    k.put("metric", s.v(c.path("PredefinedMetricSpecification").path("PredefinedMetricType")));
                    k.put("value", String.valueOf(c.path("TargetValue").asDouble()));
                }
                default -> throw new IllegalArgumentException("no key values to compare for CloudFormation type "
                        + type + ": add a case to EquivalenceProperties.Keys");
            }
            return k;
        }

        static Map<String, Object> tf(String type, JsonNode b, Side s) {
            Map<String, Object> k = new LinkedHashMap<>();
            switch (type) {
                case "aws_vpc" -> k.put("cidr", s.v(b.path("cidr_block")));
                case "aws_internet_gateway" -> k.put("tags", tfTags(b.path("tags"), s));
                case "aws_eip" -> {
                    k.put("domain", s.v(b.path("domain")));
                    k.put("tags", tfTags(b.path("tags"), s));
                }
                case "aws_subnet" -> {
                    k.put("cidr", s.v(b.path("cidr_block")));
                    k.put("az", s.v(b.path("availability_zone")));
                    k.put("vpc", s.v(b.path("vpc_id")));
                    k.put("publicIp", s.v(b.path("map_public_ip_on_launch")));
                }
                case "aws_route_table" -> k.put("vpc", s.v(b.path("vpc_id")));
                case "aws_route" -> {
                    k.put("table", s.v(b.path("route_table_id")));
                    k.put("destination", s.v(b.path("destination_cidr_block")));
                    k.put("target", s.v(b.has("gateway_id") ? b.path("gateway_id") : b.path("nat_gateway_id")));
                }
                case "aws_route_table_association" -> {
                    k.put("subnet", s.v(b.path("subnet_id")));
                    k.put("table", s.v(b.path("route_table_id")));
                }
                case "aws_internet_gateway_attachment" -> {
                    k.put("vpc", s.v(b.path("vpc_id")));
                    k.put("gateway", s.v(b.path("internet_gateway_id")));
                }
                case "aws_nat_gateway" -> {
                    k.put("subnet", s.v(b.path("subnet_id")));
                    k.put("allocation", s.v(b.path("allocation_id")));
                }
                case "aws_vpc_endpoint" -> {
                    k.put("service", s.v(b.path("service_name")));
                    k.put("type", s.v(b.path("vpc_endpoint_type")));
                    k.put("vpc", s.v(b.path("vpc_id")));
                    k.put("subnets", s.list(b.path("subnet_ids")));
                    k.put("groups", s.list(b.path("security_group_ids")));
                    k.put("tables", s.list(b.path("route_table_ids")));
                }
                case "aws_flow_log" -> {
                    k.put("vpc", s.v(b.path("vpc_id")));
                    k.put("traffic", s.v(b.path("traffic_type")));
                    k.put("destination", s.v(b.path("log_destination")));
                    k.put("role", s.v(b.path("iam_role_arn")));
                }
                case "aws_security_group" -> {
                    k.put("vpc", s.v(b.path("vpc_id")));
                    k.put("description", s.v(b.path("description")));
                }
                case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule" -> {
                    k.put("group", s.v(b.path("security_group_id")));
                    k.put("protocol", s.v(b.path("ip_protocol")));
                    k.put("from", s.v(b.path("from_port")));
                    k.put("to", s.v(b.path("to_port")));
                    k.put("cidr", s.v(b.path("cidr_ipv4")));
                    k.put("peer", s.v(b.path("referenced_security_group_id")));
                }
                case "aws_ecs_cluster" -> {
                    k.put("name", s.v(b.path("name")));
                    k.put("insights", s.v(b.path("setting").path(0).path("value")));
                }
                case "aws_ecs_cluster_capacity_providers" -> {
                    k.put("cluster", s.v(b.path("cluster_name")));
                    k.put("providers", s.list(b.path("capacity_providers")));
                }
                case "aws_cloudwatch_log_group" -> {
                    k.put("name", s.v(b.path("name")));
                    k.put("retention", s.v(b.path("retention_in_days")));
                }
                case "aws_ecs_task_definition" -> {
                    k.put("family", s.v(b.path("family")));
                    k.put("cpu", s.v(b.path("cpu")));
                    k.put("memory", s.v(b.path("memory")));
                    k.put("executionRole", s.v(b.path("execution_role_arn")));
                    k.put("taskRole", s.v(b.path("task_role_arn")));
                    List<Object> containers = new ArrayList<>();
                    Synthesized.parse(b.path("container_definitions").asText()).forEach(c -> containers.add(
                            container(c, s, "name", "image", "portMappings", "containerPort", "environment", "value",
                                    "secrets", "valueFrom", "logConfiguration", "options")));
                    k.put("containers", containers);
                }
                case "aws_ecs_service" -> {
                    k.put("name", s.v(b.path("name")));
                    k.put("cluster", s.v(b.path("cluster")));
                    k.put("task", s.v(b.path("task_definition")));
                    k.put("desired", s.v(b.path("desired_count")));
                    k.put("launchType", s.v(b.path("launch_type")));
                    JsonNode vpc = b.path("network_configuration");
                    k.put("publicIp", vpc.isMissingNode() ? "" : vpc.path("assign_public_ip").asText());
                    k.put("subnets", s.list(vpc.path("subnets")));
                    k.put("groups", s.list(vpc.path("security_groups")));
                    JsonNode lb = b.path("load_balancer").path(0);
                    k.put("targetGroup", s.v(lb.path("target_group_arn")));
                    k.put("containerPort", s.v(lb.path("container_port")));
                }
                case "aws_iam_role" -> k.put("trust", statements(Synthesized.parse(
                        b.path("assume_role_policy").asText()), s));
                case "aws_iam_role_policy" -> {
                    k.put("role", s.v(b.path("role")));
                    k.put("name", s.v(b.path("name")));
                    k.put("statements", statements(Synthesized.parse(b.path("policy").asText()), s));
                }
                case "aws_lb" -> {
                    k.put("internal", b.path("internal").asText());
                    k.put("subnets", s.list(b.path("subnets")));
                    k.put("groups", s.list(b.path("security_groups")));
                }
                case "aws_lb_listener" -> {
                    k.put("lb", s.v(b.path("load_balancer_arn")));
                    k.put("port", s.v(b.path("port")));
                    k.put("protocol", s.v(b.path("protocol")));
                    k.put("certificate", s.v(b.path("certificate_arn")));
                }
                case "aws_lb_listener_rule" -> {
                    k.put("listener", s.v(b.path("listener_arn")));
                    k.put("priority", s.v(b.path("priority")));
                    List<String> paths = new ArrayList<>();
                    List<String> hosts = new ArrayList<>();
                    b.path("condition").forEach(c -> {
                        paths.addAll(s.sorted(c.path("path_pattern").path("values")));
                        hosts.addAll(s.sorted(c.path("host_header").path("values")));
                    });
                    k.put("paths", paths);
                    k.put("hosts", hosts);
                    k.put("targetGroup", s.v(b.path("action").path("target_group_arn")));
                }
                case "aws_lb_target_group" -> {
                    k.put("port", s.v(b.path("port")));
                    k.put("protocol", s.v(b.path("protocol")));
                    k.put("vpc", s.v(b.path("vpc_id")));
                    k.put("targetType", s.v(b.path("target_type")));
                    k.put("healthPath", s.v(b.path("health_check").path("path")));
                    k.put("matcher", s.v(b.path("health_check").path("matcher")));
                }
                case "aws_appautoscaling_target" -> {
                    k.put("min", s.v(b.path("min_capacity")));
                    k.put("max", s.v(b.path("max_capacity")));
                    k.put("resource", s.v(b.path("resource_id")));
                }
                case "aws_appautoscaling_policy" -> {
                    k.put("name", s.v(b.path("name")));
                    k.put("target", s.v(b.path("resource_id")));
                    JsonNode c = b.path("target_tracking_scaling_policy_configuration");
                    k.put("metric", s.v(c.path("predefined_metric_specification").path("predefined_metric_type")));
                    k.put("value", String.valueOf(c.path("target_value").asDouble()));
                }
                default -> throw new IllegalArgumentException("no key values to compare for Terraform type "
                        + type + ": add a case to EquivalenceProperties.Keys");
            }
            return k;
        }

        /** CloudFormation tags ({@code [{"Key": k, "Value": v}]}) by key. */
        private static Map<String, String> cfnTags(JsonNode tags, Side s) {
            Map<String, String> out = new TreeMap<>();
            tags.forEach(t -> out.put(t.path("Key").asText(), s.v(t.path("Value"))));
            return out;
        }

        /** Terraform tags ({@code {"k": "v"}}, both template strings) by key. */
        private static Map<String, String> tfTags(JsonNode tags, Side s) {
            Map<String, String> out = new TreeMap<>();
            tags.properties().forEach(t -> out.put(s.v(TextNode.valueOf(t.getKey())), s.v(t.getValue())));
            return out;
        }

        /** Name, image, ports, environment values, secret sources and log options of one container. */
        private static Map<String, Object> container(JsonNode c, Side s, String name, String image, String ports,
                                                     String port, String env, String value, String secrets,
                                                     String valueFrom, String log, String options) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("name", s.v(c.path(name)));
            k.put("image", s.v(c.path(image)));
            List<String> portList = new ArrayList<>();
            c.path(ports).forEach(p -> portList.add(s.v(p.path(port))));
            k.put("ports", portList);
            List<String> values = new ArrayList<>();
            c.path(env).forEach(e -> values.add(s.v(e.path(value))));
            k.put("environment", values);
            List<String> sources = new ArrayList<>();
            c.path(secrets).forEach(e -> sources.add(s.v(e.path(valueFrom))));
            k.put("secrets", sources);
            Map<String, String> logOptions = new TreeMap<>();
            c.path(log).path(options).properties().forEach(o -> logOptions.put(o.getKey(), s.v(o.getValue())));
            k.put("log", logOptions);
            return k;
        }

        /** Each statement: sid, principal, sorted actions, sorted resources, conditions. */
        private static List<Object> statements(JsonNode document, Side s) {
            List<Object> out = new ArrayList<>();
            document.path("Statement").forEach(st -> {
                Map<String, Object> k = new LinkedHashMap<>();
                k.put("sid", s.v(st.path("Sid")));
                k.put("principal", s.v(st.path("Principal").path("Service")));
                k.put("actions", s.sorted(st.path("Action")));
                k.put("resources", s.sorted(st.path("Resource")));
                Map<String, String> conditions = new TreeMap<>();
                st.path("Condition").properties().forEach(op -> op.getValue().properties()
                        .forEach(key -> conditions.put(op.getKey() + " " + key.getKey(), s.v(key.getValue()))));
                k.put("conditions", conditions);
                out.add(k);
            });
            return out;
        }
    }
}
