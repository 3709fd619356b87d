package dev.berth.synth.rendering.iam;

import dev.berth.synth.plan.iam.IamResources.RolePolicy;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.ArrayList;
import java.util.List;

/** AWS::IAM::RolePolicy / aws_iam_role_policy: one inline policy of a role, naming the role by name. */
public final class RolePolicyRendering extends Rendering<RolePolicy> {

    public RolePolicyRendering() {
        super(RolePolicy.class, cfn("AWS::IAM::RolePolicy", "Policy"), tf("aws_iam_role_policy"));
    }

    @Override
    protected void cloudFormation(RolePolicy r, Body p) {
        p.string("PolicyName", r.policyName())
                .document("PolicyDocument", d -> PolicyDocuments.write(d, r.document()))
                .value("RoleName", r.role());
    }

    @Override
    protected void terraform(RolePolicy r, Body b) {
        b.string("name", r.policyName())
                .value("role", r.role())
                .document("policy", d -> PolicyDocuments.write(d, r.document()));
    }

    @Override
    public List<Parity> parity() {
        List<Parity> parity = new ArrayList<>(List.of(Parity.value("role", "RoleName", "role"),
                Parity.value("name", "PolicyName", "name")));
        parity.addAll(PolicyDocuments.parity("PolicyDocument", "policy"));
        return List.copyOf(parity);
    }
}
