package dev.berth.synth.rendering.iam;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.iam.IamResources.InstanceProfile;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::IAM::InstanceProfile / aws_iam_instance_profile: the one role EC2 instances run with. */
public final class InstanceProfileRendering extends Rendering<InstanceProfile> {

    public InstanceProfileRendering() {
        super(InstanceProfile.class, cfn("AWS::IAM::InstanceProfile", "InstanceProfile").ref(Attr.NAME)
                        .getAtt(Attr.ARN, "Arn"),
                tf("aws_iam_instance_profile").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(InstanceProfile r, Body p) {
        // CloudFormation's instance profile takes no tags.
        p.values("Roles", List.of(r.role()));
    }

    @Override
    protected void terraform(InstanceProfile r, Body b) {
        b.value("role", r.role()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("role", "Roles/0", "role"));
    }
}
