package dev.berth.synth.plan;

/**
 * Attributes one resource reads from another. Each kind's rendering maps (kind, attribute) to both targets' syntax, e.g. a role's
 * ARN is {@code Fn::GetAtt [X, Arn]} in CloudFormation and {@code aws_iam_role.x.arn} in Terraform.
 */
public enum Attr {
    /** The resource's ID (VPC, subnet, security group, route table, gateway, ...). */
    ID,
    ARN,
    NAME,
    /** A load balancer's DNS name. */
    DNS_NAME,
    /** A load balancer's canonical hosted zone, which a Route 53 alias record names. */
    CANONICAL_HOSTED_ZONE_ID,
    /** The ARN suffix CloudWatch uses as a dimension ({@code app/name/id}, {@code targetgroup/name/id}). */
    FULL_NAME,
    /** A queue's URL. */
    URL,
    /** An Elastic IP's allocation ID. */
    ALLOCATION_ID,
    /** A scalable target's resource ID ({@code service/<cluster>/<service>}). */
    SCALABLE_RESOURCE_ID,
    /** A scalable target's dimension, e.g. {@code ecs:service:DesiredCount}. */
    SCALABLE_DIMENSION,
    /** A scalable target's service namespace, e.g. {@code ecs}. */
    SERVICE_NAMESPACE,
    /** A launch template's latest version number. */
    LATEST_VERSION
}
