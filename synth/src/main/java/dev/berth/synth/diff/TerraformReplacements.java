package dev.berth.synth.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which argument changes replace a Terraform resource ("forces replacement" in a plan), for every type Berth emits.
 * The provider's schema ({@code terraform providers schema -json}) does not say: the flag ({@code ForceNew: true} in
 * the plugin SDK, {@code RequiresReplace()} in the plugin framework) lives in the provider's source. This table is
 * taken from hashicorp/terraform-provider-aws 6.x, the files named per type below
 * ({@code internal/service/<service>/<file>.go}); the provider documentation says "Forces new resource" for the same
 * arguments. A nested path ({@code runtime_platform}) stands for the whole block: the provider marks the block
 * ForceNew, so any change inside it replaces the resource.
 *
 * <p>Every regional resource also has the 6.x {@code region} argument, whose change forces replacement
 * ({@code internal/provider/sdkv2/region.go}, {@code forceNewIfRegionChanges}); IAM is global and has none.
 * {@code TerraformReplacementsTest} checks that every type a rendering declares has an entry and that every argument
 * here exists in the provider schema of that type.
 *
 * <p>Left out: the load balancer's CustomizeDiff that replaces a Network Load Balancer when subnets are removed or
 * its security groups go from none to some (Berth always creates Network Load Balancers with a security group, and
 * changes their subnets only when the program's subnets change: {@code berth diff} then under-reports that one
 * replacement), and the VPC's tenancy change to {@code dedicated}, which Berth does not emit. Noted: since 6.x a change of an ECS service's {@code capacity_provider_strategy} is
 * refused at plan time unless {@code force_new_deployment} is set ({@code capacityProviderStrategyCustomizeDiff});
 * it no longer replaces the service.
 */
final class TerraformReplacements {

    private static final String REGION = "region";

    private static final Map<String, ResourceComparison.TypeRules> TYPES = new TreeMap<>();

    static {
        // internal/service/appautoscaling/policy.go
        regional("aws_appautoscaling_policy", "name", "resource_id", "scalable_dimension", "service_namespace");
        // internal/service/appautoscaling/target.go
        regional("aws_appautoscaling_target", "resource_id", "scalable_dimension", "service_namespace");
        // internal/service/appautoscaling/scheduled_action.go
        regional("aws_appautoscaling_scheduled_action", "name", "resource_id", "scalable_dimension",
                "service_namespace");
        // internal/service/cloudwatch/metric_alarm.go
        regional("aws_cloudwatch_metric_alarm", "alarm_name");
        // internal/service/servicediscovery/http_namespace.go (no update of the description either)
        regional("aws_service_discovery_http_namespace", "description", "name");
        // internal/service/servicediscovery/private_dns_namespace.go (the description is updated in place)
        regional("aws_service_discovery_private_dns_namespace", "name", "vpc");
        // internal/service/servicediscovery/service.go: the name, the namespace, the routing policy, a record's type
        // and the custom health check are fixed at creation (the TTL and description are updated in place)
        regional("aws_service_discovery_service", "name", "namespace_id", "type", "dns_config/namespace_id",
                "dns_config/routing_policy", "dns_config/dns_records/type", "health_check_custom_config");
        // internal/service/logs/group.go
        regional("aws_cloudwatch_log_group", "name", "name_prefix", "log_group_class");
        // internal/service/kms/key.go
        regional("aws_kms_key", "custom_key_store_id", "customer_master_key_spec", "key_usage", "multi_region",
                "xks_key_id");
        // internal/service/ecs/cluster.go
        regional("aws_ecs_cluster", "name");
        // internal/service/ecs/capacity_provider.go: name and cluster are ForceNew. The ASG provider block is ForceNew
        // only when it is added or removed (SDKv2 puts a list block's ForceNew on its count); inside it only the
        // group's ARN replaces, managed scaling, termination protection and draining are updated in place. The
        // Managed Instances provider block is ForceNew (as is the launch template's capacity_option_type in it).
        regional("aws_ecs_capacity_provider", "auto_scaling_group_provider/auto_scaling_group_arn", "cluster",
                "managed_instances_provider", "name");
        // internal/service/autoscaling/group.go: everything else (sizes, subnets, the mixed instances policy, the
        // launch template version) is updated in place.
        regional("aws_autoscaling_group", "name", "name_prefix");
        // internal/service/ec2/ec2_launch_template.go: a change creates a new version in place.
        regional("aws_launch_template", "name", "name_prefix");
        // internal/service/ecs/cluster_capacity_providers.go
        regional("aws_ecs_cluster_capacity_providers", "cluster_name");
        // internal/service/ecs/service.go (deployment_controller.type is updatable since 6.x)
        regional("aws_ecs_service", "cluster", "iam_role", "launch_type", "name", "scheduling_strategy");
        // internal/service/ecs/task_definition.go: every argument but tags, skip_destroy and track_latest (its
        // update only tags); a task definition revision is immutable, a change registers a new one.
        regional("aws_ecs_task_definition", "container_definitions", "cpu", "enable_fault_injection",
                "ephemeral_storage", "execution_role_arn", "family", "ipc_mode", "memory", "network_mode", "pid_mode",
                "placement_constraints", "proxy_configuration", "requires_compatibilities", "runtime_platform",
                "task_role_arn", "volume");
        // internal/service/ec2/ec2_eip.go
        regional("aws_eip", "address", "domain", "network_border_group", "public_ipv4_pool");
        // internal/service/ec2/vpc_flow_log.go: its update changes tags only.
        regional("aws_flow_log", "deliver_cross_account_role", "destination_options", "eni_id", "iam_role_arn",
                "log_destination", "log_destination_type", "log_format", "max_aggregation_interval", "subnet_id",
                "traffic_type", "transit_gateway_attachment_id", "transit_gateway_id", "vpc_id");
        // internal/service/iam/role.go (global: no region)
        global("aws_iam_role", "name", "name_prefix", "path");
        // internal/service/iam/instance_profile.go
        global("aws_iam_instance_profile", "name", "name_prefix", "path");
        // internal/service/iam/role_policy_attachment.go
        global("aws_iam_role_policy_attachment", "policy_arn", "role");
        // internal/service/iam/role_policy.go
        global("aws_iam_role_policy", "name", "name_prefix", "role");
        // internal/service/iam/role_policy_attachment.go (no update at all)
        global("aws_iam_role_policy_attachment", "policy_arn", "role");
        // internal/service/deploy/app.go: the name changes in place (UpdateApplication)
        regional("aws_codedeploy_app", "compute_platform");
        // internal/service/deploy/deployment_group.go: every argument, names included, changes in place
        // (UpdateDeploymentGroup)
        regional("aws_codedeploy_deployment_group");
        // internal/service/ec2/vpc_internet_gateway.go: vpc_id is attached and detached in place.
        regional("aws_internet_gateway");
        // internal/service/ec2/vpc_internet_gateway_attachment.go (no update at all)
        regional("aws_internet_gateway_attachment", "internet_gateway_id", "vpc_id");
        // internal/service/elbv2/load_balancer.go
        regional("aws_lb", "customer_owned_ipv4_pool", "internal", "load_balancer_type", "name", "name_prefix");
        // internal/service/elbv2/listener.go
        regional("aws_lb_listener", "load_balancer_arn");
        // internal/service/elbv2/listener_certificate.go (no update)
        regional("aws_lb_listener_certificate", "certificate_arn", "listener_arn");
        // internal/service/elbv2/listener_rule.go
        regional("aws_lb_listener_rule", "listener_arn");
        // internal/service/elbv2/target_group.go
        regional("aws_lb_target_group", "ip_address_type", "name", "name_prefix", "port", "protocol",
                "protocol_version", "target_type", "vpc_id");
        // internal/service/ec2/vpc_nat_gateway.go
        regional("aws_nat_gateway", "allocation_id", "availability_mode", "connectivity_type", "private_ip",
                "subnet_id", "vpc_id");
        // internal/service/route53/record.go (Route 53 is global: no region)
        global("aws_route53_record", "name", "zone_id");
        // internal/service/ec2/vpc_route.go: destinations replace, targets are replaced in place (ReplaceRoute).
        regional("aws_route", "destination_cidr_block", "destination_ipv6_cidr_block", "destination_prefix_list_id",
                "route_table_id");
        // internal/service/ec2/vpc_route_table.go
        regional("aws_route_table", "vpc_id");
        // internal/service/ec2/vpc_route_table_association.go: route_table_id is replaced in place.
        regional("aws_route_table_association", "gateway_id", "subnet_id");
        // internal/service/ec2/vpc_security_group.go
        regional("aws_security_group", "description", "name", "name_prefix", "vpc_id");
        // internal/service/sqs/queue.go
        regional("aws_sqs_queue", "fifo_queue", "name", "name_prefix");
        // internal/service/efs/file_system.go: creation, encryption, the key, the performance mode and One Zone
        // placement are fixed at creation (throughput, lifecycle and protection are updated in place).
        regional("aws_efs_file_system", "availability_zone_name", "creation_token", "encrypted", "kms_key_id",
                "performance_mode");
        // internal/service/efs/mount_target.go: only the security groups are updated in place.
        regional("aws_efs_mount_target", "file_system_id", "ip_address", "subnet_id");
        // internal/service/efs/backup_policy.go: the status is updated in place.
        regional("aws_efs_backup_policy", "file_system_id");
        // Event-driven tasks and notifications (issue 14); the provider documentation marks these "Forces new
        // resource". internal/service/scheduler/schedule.go
        regional("aws_scheduler_schedule", "group_name", "name", "name_prefix");
        // internal/service/events/rule.go, target.go
        regional("aws_cloudwatch_event_rule", "event_bus_name", "name", "name_prefix");
        regional("aws_cloudwatch_event_target", "event_bus_name", "rule", "target_id");
        // internal/service/sns/topic.go, topic_policy.go, topic_subscription.go
        regional("aws_sns_topic", "fifo_topic", "name", "name_prefix");
        regional("aws_sns_topic_policy", "arn");
        regional("aws_sns_topic_subscription", "endpoint", "protocol", "topic_arn");
        // internal/service/sqs/queue_policy.go
        regional("aws_sqs_queue_policy", "queue_url");
        // internal/service/efs/access_point.go: only tags are updated in place.
        regional("aws_efs_access_point", "file_system_id", "posix_user", "root_directory");
        // internal/service/ec2/vpc_subnet.go
        regional("aws_subnet", "availability_zone", "availability_zone_id", "cidr_block", "ipv6_native",
                "outpost_arn", "vpc_id");
        // internal/service/ec2/vpc_.go
        regional("aws_vpc", "cidr_block", "ipv4_ipam_pool_id", "ipv4_netmask_length");
        // internal/service/wafv2/web_acl_association.go (no update)
        regional("aws_wafv2_web_acl_association", "resource_arn", "web_acl_arn");
        // internal/service/ec2/vpc_endpoint.go
        regional("aws_vpc_endpoint", "service_name", "vpc_endpoint_type", "vpc_id");
        // internal/service/ec2/vpc_security_group_ingress_rule.go (plugin framework, shared by the egress rule):
        // security_group_id RequiresReplace; ModifyPlan replaces the rule when its kind of source changes ("When you
        // modify a rule, you cannot change the rule's source type"); the rest is modified in place.
        for (String type : List.of("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule")) {
            TYPES.put(type, new ResourceComparison.TypeRules(paths("security_group_id", REGION),
                    List.of(List.of("cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"))));
        }
    }

    private TerraformReplacements() {
    }

    private static void regional(String type, String... forceNew) {
        String[] all = Arrays.copyOf(forceNew, forceNew.length + 1);
        all[forceNew.length] = REGION;
        TYPES.put(type, new ResourceComparison.TypeRules(paths(all), List.of()));
    }

    private static void global(String type, String... forceNew) {
        TYPES.put(type, new ResourceComparison.TypeRules(paths(forceNew), List.of()));
    }

    private static List<List<String>> paths(String... arguments) {
        return Arrays.stream(arguments).map(a -> List.of(a.split("/"))).toList();
    }

    /** The rules of a type, or null when the type is not one Berth emits. */
    static ResourceComparison.TypeRules rules(String type) {
        return TYPES.get(type);
    }

    /** Every type in the table, for the test. */
    static Map<String, ResourceComparison.TypeRules> all() {
        return Map.copyOf(TYPES);
    }
}
