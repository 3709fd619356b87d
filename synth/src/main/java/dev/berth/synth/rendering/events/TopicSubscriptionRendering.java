package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.events.EventsResources.TopicSubscription;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::SNS::Subscription / aws_sns_topic_subscription. An e-mail subscription waits for the address to confirm it;
 * the provider cannot delete one that is still unconfirmed ({@code terraform destroy} only forgets it, and SNS removes
 * it when the confirmation expires).
 */
public final class TopicSubscriptionRendering extends Rendering<TopicSubscription> {

    public TopicSubscriptionRendering() {
        super(TopicSubscription.class, cfn("AWS::SNS::Subscription", "Subscription"),
                tf("aws_sns_topic_subscription"));
    }

    @Override
    protected void cloudFormation(TopicSubscription r, Body p) {
        p.value("TopicArn", r.topicArn()).string("Protocol", r.protocol()).string("Endpoint", r.endpoint());
    }

    @Override
    protected void terraform(TopicSubscription r, Body b) {
        b.value("topic_arn", r.topicArn()).string("protocol", r.protocol()).string("endpoint", r.endpoint());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("protocol", "Protocol", "protocol"), Parity.value("endpoint", "Endpoint", "endpoint"));
    }
}
