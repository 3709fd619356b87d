package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.LogGroup;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::Logs::LogGroup / aws_cloudwatch_log_group. */
public final class LogGroupRendering extends Rendering<LogGroup> {

    public LogGroupRendering() {
        super(LogGroup.class, cfn("AWS::Logs::LogGroup", "LogGroup").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_cloudwatch_log_group").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(LogGroup r, Body p) {
        p.string("LogGroupName", r.name()).integer("RetentionInDays", r.retentionDays()).tags(r.tags());
    }

    @Override
    protected void terraform(LogGroup r, Body b) {
        b.string("name", r.name()).integer("retention_in_days", r.retentionDays()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "LogGroupName", "name"),
                Parity.value("retention", "RetentionInDays", "retention_in_days"));
    }
}
