package dev.berth.synth.rendering.iam;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Names;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.iam.IamResources.Role;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::IAM::Role / aws_iam_role: a role and its trust policy; its own permissions are separate inline policies. An
 * AWS managed policy is CloudFormation's {@code ManagedPolicyArns} and, in Terraform, an
 * {@code aws_iam_role_policy_attachment} beside the role per policy (the role's {@code managed_policy_arns} is
 * deprecated in provider 6), named {@code <role>_<policy>}.
 */
public final class RoleRendering extends Rendering<Role> {

    private static final String ATTACHMENT = "aws_iam_role_policy_attachment";

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

    @Override
    protected void terraform(Role r, Body b) {
        b.string("description", r.description())
                .document("assume_role_policy", d -> PolicyDocuments.write(d, r.assumeRolePolicy()))
                .tags(r.tags());
    }

    @Override
    protected List<TerraformCompanion> terraformCompanions(Role r) {
        return r.managedPolicyArns().stream().map(arn -> new TerraformCompanion(ATTACHMENT,
                Names.snake(policyName(arn)), b -> b
                .value("role", r.id().attr(Attr.NAME))
                .value("policy_arn", arn), false)).toList();
    }

    @Override
    public List<String> terraformCompanionTypes() {
        return List.of(ATTACHMENT);
    }

    /** The policy's name: the text after the ARN's last slash. */
    private static String policyName(Value arn) {
        Value last = arn instanceof Value.Concat c ? c.parts().get(c.parts().size() - 1) : arn;
        String text = last instanceof Value.Literal l ? l.text() : "policy";
        return text.substring(text.lastIndexOf('/') + 1);
    }

    @Override
    public List<Parity> parity() {
        return PolicyDocuments.parity("AssumeRolePolicyDocument", "assume_role_policy");
    }
}
