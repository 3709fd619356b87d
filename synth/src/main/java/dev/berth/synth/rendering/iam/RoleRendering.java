package dev.berth.synth.rendering.iam;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.iam.IamResources.Role;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS::IAM::Role / aws_iam_role: a role and its trust policy; its permissions are separate inline policies, and
 * AWS managed policies where the plan attaches one ({@code ManagedPolicyArns} in CloudFormation; an
 * {@code aws_iam_role_policy_attachment} per policy for the provider, whose {@code managed_policy_arns} argument is
 * deprecated).
 */
public final class RoleRendering extends Rendering<Role> {

    public RoleRendering() {
        super(Role.class, cfn("AWS::IAM::Role", "Role").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_iam_role").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(Role r, Body p) {
        p.document("AssumeRolePolicyDocument", d -> PolicyDocuments.write(d, r.assumeRolePolicy()))
                .string("Description", r.description())
                .values("ManagedPolicyArns", List.copyOf(r.managedPolicies().values()))
                .tags(r.tags());
    }

    private static final String ATTACHMENT = "aws_iam_role_policy_attachment";

    @Override
    protected List<TerraformCompanion> terraformCompanions(Role r) {
        List<TerraformCompanion> attachments = new ArrayList<>();
        r.managedPolicies().forEach((key, arn) -> attachments.add(new TerraformCompanion(ATTACHMENT, key,
                b -> b.value("role", r.id().attr(Attr.NAME)).value("policy_arn", arn), false)));
        return attachments;
    }

    @Override
    public List<String> terraformCompanionTypes() {
        return List.of(ATTACHMENT);
    }

    @Override
    protected void terraform(Role r, Body b) {
        b.string("description", r.description())
                .document("assume_role_policy", d -> PolicyDocuments.write(d, r.assumeRolePolicy()))
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return PolicyDocuments.parity("AssumeRolePolicyDocument", "assume_role_policy");
    }
}
