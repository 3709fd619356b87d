package dev.berth.synth.terraform;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Kind;

import java.util.Map;

/**
 * The table of kinds: the Terraform resource type of each {@link Kind} (provider {@code hashicorp/aws} 6) and the
 * attribute a reference to (kind, {@link Attr}) reads. The switches are exhaustive, so a new kind does not compile
 * until it has a row here.
 */
final class TfKinds {

    private TfKinds() {
    }

    static String type(Kind kind) {
        return switch (kind) {
            case VPC -> "aws_vpc";
            case INTERNET_GATEWAY -> "aws_internet_gateway";
            case GATEWAY_ATTACHMENT -> "aws_internet_gateway_attachment";
            case SUBNET -> "aws_subnet";
            case ROUTE_TABLE -> "aws_route_table";
            case ROUTE -> "aws_route";
            case ROUTE_TABLE_ASSOCIATION -> "aws_route_table_association";
            case ELASTIC_IP -> "aws_eip";
            case NAT_GATEWAY -> "aws_nat_gateway";
            case VPC_ENDPOINT -> "aws_vpc_endpoint";
            case FLOW_LOG -> "aws_flow_log";
            case SECURITY_GROUP -> "aws_security_group";
            case SECURITY_GROUP_INGRESS -> "aws_vpc_security_group_ingress_rule";
            case SECURITY_GROUP_EGRESS -> "aws_vpc_security_group_egress_rule";
            case CLUSTER -> "aws_ecs_cluster";
            case CLUSTER_CAPACITY_PROVIDERS -> "aws_ecs_cluster_capacity_providers";
            case LOG_GROUP -> "aws_cloudwatch_log_group";
            case TASK_DEFINITION -> "aws_ecs_task_definition";
            case SERVICE -> "aws_ecs_service";
            case ROLE -> "aws_iam_role";
            case ROLE_POLICY -> "aws_iam_role_policy";
            case LOAD_BALANCER -> "aws_lb";
            case LISTENER -> "aws_lb_listener";
            case LISTENER_RULE -> "aws_lb_listener_rule";
            case TARGET_GROUP -> "aws_lb_target_group";
            case SCALABLE_TARGET -> "aws_appautoscaling_target";
            case SCALING_POLICY -> "aws_appautoscaling_policy";
        };
    }

    /**
     * The Terraform attribute that holds {@code attr} of a resource of {@code kind}.
     *
     * @throws IllegalStateException when the kind has no such attribute: the planner made a reference it should not
     */
    static String attribute(Kind kind, Attr attr) {
        String name = attributes(kind).get(attr);
        if (name == null) {
            throw new IllegalStateException("a " + kind + " has no attribute " + attr + " in Terraform (planner bug)");
        }
        return name;
    }

    private static Map<Attr, String> attributes(Kind kind) {
        return switch (kind) {
            case VPC, SUBNET, ROUTE_TABLE, INTERNET_GATEWAY, NAT_GATEWAY, VPC_ENDPOINT, SECURITY_GROUP,
                    SCALABLE_TARGET, FLOW_LOG -> Map.of(Attr.ID, "id");
            case ELASTIC_IP -> Map.of(Attr.ALLOCATION_ID, "allocation_id");
            case CLUSTER, LOG_GROUP, ROLE -> Map.of(Attr.NAME, "name", Attr.ARN, "arn");
            case TASK_DEFINITION, LISTENER -> Map.of(Attr.ARN, "arn");
            // the service's id is its ARN on every provider version (an arn attribute is newer)
            case SERVICE -> Map.of(Attr.NAME, "name", Attr.ARN, "id");
            case LOAD_BALANCER -> Map.of(Attr.ARN, "arn", Attr.DNS_NAME, "dns_name", Attr.FULL_NAME, "arn_suffix");
            case TARGET_GROUP -> Map.of(Attr.ARN, "arn", Attr.FULL_NAME, "arn_suffix");
            case GATEWAY_ATTACHMENT, ROUTE, ROUTE_TABLE_ASSOCIATION, SECURITY_GROUP_INGRESS, SECURITY_GROUP_EGRESS,
                    CLUSTER_CAPACITY_PROVIDERS, ROLE_POLICY, LISTENER_RULE, SCALING_POLICY -> Map.of();
        };
    }
}
