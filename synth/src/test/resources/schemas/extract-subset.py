#!/usr/bin/env python3
"""Regenerate Berth's test-side subset of the AWS resource schemas.

Reads the full schema bundles (see SOURCE.md in each folder) and writes only the types Berth
synthesises, so the tests carry a few hundred kilobytes instead of the whole registry.

Usage (from this folder):
    python3 extract-subset.py [SHARED_SCHEMAS_DIR]
SHARED_SCHEMAS_DIR defaults to /work/shared/schemas and must hold
cloudformation/resource-schemas.json.gz and terraform/aws-provider-resource-schemas.json.gz.
To add a type, append it to CLOUDFORMATION_TYPES or TERRAFORM_TYPES and run the script again.
"""
import gzip
import json
import os
import sys

CLOUDFORMATION_TYPES = """
AWS::EC2::VPC AWS::EC2::Subnet AWS::EC2::InternetGateway AWS::EC2::VPCGatewayAttachment
AWS::EC2::RouteTable AWS::EC2::Route AWS::EC2::SubnetRouteTableAssociation AWS::EC2::EIP
AWS::EC2::NatGateway AWS::EC2::FlowLog AWS::EC2::VPCEndpoint AWS::EC2::SecurityGroup AWS::EC2::SecurityGroupIngress
AWS::EC2::SecurityGroupEgress AWS::EC2::LaunchTemplate AWS::ECS::Cluster
AWS::ECS::ClusterCapacityProviderAssociations AWS::ECS::CapacityProvider AWS::ECS::TaskDefinition
AWS::ECS::Service AWS::Logs::LogGroup AWS::IAM::Role AWS::IAM::RolePolicy AWS::IAM::Policy
AWS::IAM::ManagedPolicy AWS::IAM::InstanceProfile AWS::ElasticLoadBalancingV2::LoadBalancer
AWS::ElasticLoadBalancingV2::Listener AWS::ElasticLoadBalancingV2::ListenerRule
AWS::ElasticLoadBalancingV2::TargetGroup AWS::ElasticLoadBalancingV2::ListenerCertificate
AWS::ApplicationAutoScaling::ScalableTarget AWS::ApplicationAutoScaling::ScalingPolicy
AWS::AutoScaling::AutoScalingGroup AWS::Events::Rule AWS::SQS::Queue AWS::SNS::Topic
AWS::SSM::Parameter AWS::SecretsManager::Secret AWS::KMS::Key AWS::S3::Bucket AWS::ECR::Repository
AWS::CloudFormation::Stack AWS::CodeDeploy::Application AWS::CodeDeploy::DeploymentGroup
AWS::ServiceDiscovery::HttpNamespace AWS::ServiceDiscovery::PrivateDnsNamespace AWS::ServiceDiscovery::Service
AWS::EFS::FileSystem AWS::EFS::MountTarget AWS::EFS::AccessPoint
AWS::WAFv2::WebACLAssociation AWS::Route53::RecordSet
AWS::CloudWatch::Alarm
""".split()

TERRAFORM_TYPES = """
aws_vpc aws_subnet aws_internet_gateway aws_internet_gateway_attachment aws_route_table aws_route
aws_route_table_association aws_eip aws_nat_gateway aws_flow_log aws_vpc_endpoint aws_security_group
aws_vpc_security_group_ingress_rule aws_vpc_security_group_egress_rule aws_launch_template
aws_ecs_cluster aws_ecs_cluster_capacity_providers aws_ecs_capacity_provider
aws_ecs_task_definition aws_ecs_service aws_cloudwatch_log_group aws_iam_role aws_iam_role_policy
aws_iam_policy aws_iam_role_policy_attachment aws_iam_instance_profile aws_lb aws_lb_listener
aws_lb_listener_rule aws_lb_target_group aws_lb_listener_certificate aws_appautoscaling_target
aws_appautoscaling_policy aws_autoscaling_group aws_cloudwatch_event_rule
aws_cloudwatch_event_target aws_sqs_queue aws_sns_topic aws_ssm_parameter
aws_secretsmanager_secret aws_kms_key aws_s3_bucket aws_ecr_repository aws_codedeploy_app
aws_codedeploy_deployment_group aws_service_discovery_http_namespace
aws_service_discovery_private_dns_namespace aws_service_discovery_service
aws_efs_file_system aws_efs_mount_target aws_efs_access_point aws_efs_backup_policy
aws_wafv2_web_acl_association aws_route53_record
aws_cloudwatch_metric_alarm aws_appautoscaling_scheduled_action
""".split()

TERRAFORM_PROVIDER = "registry.terraform.io/hashicorp/aws"


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def write_json(path, value):
    # Sorted keys and a trailing newline keep refreshes reviewable as plain diffs.
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def pick(source, names, what):
    missing = [n for n in names if n not in source]
    if missing:
        sys.exit(f"{what}: not in the source bundle: {', '.join(missing)}")
    return {n: source[n] for n in names}


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/schemas"
    here = os.path.dirname(os.path.abspath(__file__))

    cfn = pick(load(os.path.join(shared, "cloudformation", "resource-schemas.json.gz")),
               CLOUDFORMATION_TYPES, "CloudFormation")
    cfn_dir = os.path.join(here, "cloudformation")
    os.makedirs(cfn_dir, exist_ok=True)
    for name in os.listdir(cfn_dir):  # drop types that left the list
        if name.endswith(".json"):
            os.remove(os.path.join(cfn_dir, name))
    for type_name, schema in cfn.items():
        write_json(os.path.join(cfn_dir, type_name.replace("::", "-") + ".json"), schema)

    tf_all = load(os.path.join(shared, "terraform", "aws-provider-resource-schemas.json.gz"))
    tf_resources = tf_all["provider_schemas"][TERRAFORM_PROVIDER]["resource_schemas"]
    tf = pick(tf_resources, TERRAFORM_TYPES, "Terraform")
    tf_dir = os.path.join(here, "terraform")
    os.makedirs(tf_dir, exist_ok=True)
    # Keep only the block: version numbers of the resource schemas play no part in validation.
    write_json(os.path.join(tf_dir, "aws-resource-schemas.json"),
               {name: schema["block"] for name, schema in tf.items()})

    print(f"wrote {len(cfn)} CloudFormation schemas and {len(tf)} Terraform resource schemas")


if __name__ == "__main__":
    main()
