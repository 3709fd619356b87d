package dev.berth.synth.rendering.events;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.events.EventsResources.Topic;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::SNS::Topic / aws_sns_topic. {@code Ref} is the topic's ARN in CloudFormation. */
public final class TopicRendering extends Rendering<Topic> {

    public TopicRendering() {
        super(Topic.class, cfn("AWS::SNS::Topic", "Topic").ref(Attr.ARN).getAtt(Attr.NAME, "TopicName"),
                tf("aws_sns_topic").attr(Attr.ARN, "arn").attr(Attr.NAME, "name"));
    }

    @Override
    protected void cloudFormation(Topic r, Body p) {
        p.string("TopicName", r.topicName()).value("KmsMasterKeyId", r.kmsKeyId()).tags(r.tags());
    }

    @Override
    protected void terraform(Topic r, Body b) {
        b.string("name", r.topicName()).value("kms_master_key_id", r.kmsKeyId()).tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "TopicName", "name"));
    }
}
