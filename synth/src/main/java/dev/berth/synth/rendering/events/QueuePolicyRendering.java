package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.events.EventsResources.QueuePolicy;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::SQS::QueuePolicy / aws_sqs_queue_policy: the resource policy of one queue (by URL). */
public final class QueuePolicyRendering extends Rendering<QueuePolicy> {

    public QueuePolicyRendering() {
        super(QueuePolicy.class, cfn("AWS::SQS::QueuePolicy", "QueuePolicy"), tf("aws_sqs_queue_policy"));
    }

    @Override
    protected void cloudFormation(QueuePolicy r, Body p) {
        p.document("PolicyDocument", d -> ResourcePolicies.write(d, r.policy())).values("Queues", List.of(r.queueUrl()));
    }

    @Override
    protected void terraform(QueuePolicy r, Body b) {
        b.value("queue_url", r.queueUrl()).document("policy", d -> ResourcePolicies.write(d, r.policy()));
    }

    @Override
    public List<Parity> parity() {
        return ResourcePolicies.parity("PolicyDocument", "policy");
    }
}
