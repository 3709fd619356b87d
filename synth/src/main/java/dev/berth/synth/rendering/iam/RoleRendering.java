package dev.berth.synth.rendering.iam;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.iam.IamResources.Role;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::IAM::Role / aws_iam_role: a role and its trust policy; its permissions are separate inline policies. */
public final class RoleRendering extends Rendering<Role> {

    public RoleRendering() {
        super(Role.class, cfn("AWS::IAM::Role", "Role").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_iam_role").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(Role r, Body p) {
        p.document("AssumeRolePolicyDocument", d -> PolicyDocuments.write(d, r.assumeRolePolicy()))
                .string("Description", r.description())
                .values("ManagedPolicyArns", r.managedPolicyArns())
                .tags(r.tags());
    }

    /**
     * The provider's role keeps managed policies in attachments of their own ({@code managed_policy_arns} is
     * deprecated in provider 6): one per policy, named after the role and the policy's position.
     */
    @Override
    protected List<TerraformCompanion> terraformCompanions(Role r) {
        List<TerraformCompanion> attachments = new java.util.ArrayList<>();
        for (int i = 0; i < r.managedPolicyArns().size(); i++) {
            dev.berth.synth.plan.Value arn = r.managedPolicyArns().get(i);
            attachments.add(new TerraformCompanion(ATTACHMENT, b -> b
                    .value("role", r.id().attr(Attr.NAME)).value("policy_arn", arn), "managed_" + (i + 1)));
        }
        return attachments;
    }

    @Override
    public List<String> terraformCompanionTypes() {
        return List.of(ATTACHMENT);
    }

    private static final String ATTACHMENT = "aws_iam_role_policy_attachment";

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
