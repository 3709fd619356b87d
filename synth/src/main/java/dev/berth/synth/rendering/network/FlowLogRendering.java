package dev.berth.synth.rendering.network;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.network.NetworkResources.FlowLog;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::EC2::FlowLog / aws_flow_log. CloudFormation names a CloudWatch Logs destination by group name (its Arn
 * attribute ends in ":*"); Terraform by ARN ({@code log_group_name} is deprecated there).
 */
public final class FlowLogRendering extends Rendering<FlowLog> {

    public FlowLogRendering() {
        super(FlowLog.class, cfn("AWS::EC2::FlowLog", "FlowLog"), tf("aws_flow_log").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(FlowLog r, Body p) {
        p.value("ResourceId", r.vpc())
                .string("ResourceType", r.resourceType())
                .string("TrafficType", r.trafficType())
                .string("LogDestinationType", r.destinationType())
                .value("LogGroupName", r.logGroup().attr(Attr.NAME))
                .value("DeliverLogsPermissionArn", r.deliveryRoleArn())
                .tags(r.tags());
    }

    @Override
    protected void terraform(FlowLog r, Body b) {
        // aws_flow_log names the watched resource by its own argument (vpc_id): no resource type
        b.value("vpc_id", r.vpc())
                .string("traffic_type", r.trafficType())
                .string("log_destination_type", r.destinationType())
                .value("log_destination", r.logGroup().attr(Attr.ARN))
                .value("iam_role_arn", r.deliveryRoleArn())
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("vpc", "ResourceId", "vpc_id"),
                Parity.value("traffic", "TrafficType", "traffic_type"),
                Parity.value("destinationType", "LogDestinationType", "log_destination_type"),
                Parity.value("destination", "LogGroupName", "log_destination"),
                Parity.value("role", "DeliverLogsPermissionArn", "iam_role_arn"));
    }
}
