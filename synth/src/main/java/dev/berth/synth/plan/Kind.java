package dev.berth.synth.plan;

/**
 * The kinds of AWS resource a plan can hold. Each target maps a kind to its own type name (one table per
 * renderer); the plan never spells a CloudFormation or Terraform type.
 */
public enum Kind {
    VPC,
    INTERNET_GATEWAY,
    GATEWAY_ATTACHMENT,
    SUBNET,
    ROUTE_TABLE,
    ROUTE,
    ROUTE_TABLE_ASSOCIATION,
    ELASTIC_IP,
    NAT_GATEWAY,
    VPC_ENDPOINT,
    FLOW_LOG,
    SECURITY_GROUP,
    SECURITY_GROUP_INGRESS,
    SECURITY_GROUP_EGRESS,
    CLUSTER,
    CLUSTER_CAPACITY_PROVIDERS,
    LOG_GROUP,
    TASK_DEFINITION,
    SERVICE,
    ROLE,
    ROLE_POLICY,
    LOAD_BALANCER,
    LISTENER,
    LISTENER_RULE,
    TARGET_GROUP,
    SCALABLE_TARGET,
    SCALING_POLICY
}
