package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.LogGroup;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;
import java.util.Map;

/**
 * AWS::Logs::LogGroup / aws_cloudwatch_log_group. A retained group (kept when the stack or module is deleted) is
 * spelled {@code DeletionPolicy} and {@code UpdateReplacePolicy} {@code Retain} in CloudFormation, the resource
 * attributes that keep a resource on deletion and on replacement
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html), and
 * {@code skip_destroy} in Terraform, the provider's way to leave the group in place on destroy (the provider's
 * aws_cloudwatch_log_group documentation). Its name is unique to each creation: CloudFormation generates it when
 * {@code LogGroupName} is left out, Terraform's {@code name_prefix} appends a unique suffix.
 */
public final class LogGroupRendering extends Rendering<LogGroup> {

    public LogGroupRendering() {
        super(LogGroup.class, cfn("AWS::Logs::LogGroup", "LogGroup").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_cloudwatch_log_group").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected Map<String, String> cloudFormationAttributes(LogGroup r) {
        return retainedIf(r.retained());
    }

    @Override
    protected void cloudFormation(LogGroup r, Body p) {
        p.string("LogGroupName", r.retained() ? null : r.name())
                .integer("RetentionInDays", r.retentionDays())
                .value("KmsKeyId", r.kmsKey())
                .tags(r.tags());
    }

    @Override
    protected void terraform(LogGroup r, Body b) {
        b.string(r.retained() ? "name_prefix" : "name", r.retained() ? r.name() + "-" : r.name())
                .integer("retention_in_days", r.retentionDays())
                .value("kms_key_id", r.kmsKey())
                .bool("skip_destroy", r.retained() ? Boolean.TRUE : null)
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "LogGroupName", "name"),
                Parity.value("retention", "RetentionInDays", "retention_in_days"),
                Parity.value("kmsKey", "KmsKeyId", "kms_key_id"));
    }
}
