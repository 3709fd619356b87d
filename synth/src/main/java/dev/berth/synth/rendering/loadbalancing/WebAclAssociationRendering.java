package dev.berth.synth.rendering.loadbalancing;

import dev.berth.synth.plan.loadbalancing.LoadBalancingResources.WebAclAssociation;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::WAFv2::WebACLAssociation / aws_wafv2_web_acl_association. */
public final class WebAclAssociationRendering extends Rendering<WebAclAssociation> {

    public WebAclAssociationRendering() {
        super(WebAclAssociation.class, cfn("AWS::WAFv2::WebACLAssociation", "WebAclAssociation"),
                tf("aws_wafv2_web_acl_association"));
    }

    @Override
    protected void cloudFormation(WebAclAssociation r, Body p) {
        p.value("ResourceArn", r.resourceArn()).string("WebACLArn", r.webAclArn());
    }

    @Override
    protected void terraform(WebAclAssociation r, Body b) {
        b.value("resource_arn", r.resourceArn()).string("web_acl_arn", r.webAclArn());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("resource", "ResourceArn", "resource_arn"),
                Parity.value("webAcl", "WebACLArn", "web_acl_arn"));
    }
}
