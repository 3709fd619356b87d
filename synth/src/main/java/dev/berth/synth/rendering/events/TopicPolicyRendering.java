package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.events.EventsResources.TopicPolicy;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::SNS::TopicPolicy / aws_sns_topic_policy: the resource policy of one topic. */
public final class TopicPolicyRendering extends Rendering<TopicPolicy> {

    public TopicPolicyRendering() {
        super(TopicPolicy.class, cfn("AWS::SNS::TopicPolicy", "TopicPolicy"), tf("aws_sns_topic_policy"));
    }

    @Override
    protected void cloudFormation(TopicPolicy r, Body p) {
        p.document("PolicyDocument", d -> ResourcePolicies.write(d, r.policy())).values("Topics", List.of(r.topicArn()));
    }

    @Override
    protected void terraform(TopicPolicy r, Body b) {
        b.value("arn", r.topicArn()).document("policy", d -> ResourcePolicies.write(d, r.policy()));
    }

    @Override
    public List<Parity> parity() {
        return ResourcePolicies.parity("PolicyDocument", "policy");
    }
}
