package dev.berth.synth.rendering.capacity;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.capacity.CapacityResources.BlockDevice;
import dev.berth.synth.plan.capacity.CapacityResources.LaunchTemplate;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::EC2::LaunchTemplate / aws_launch_template. CloudFormation nests the settings in {@code LaunchTemplateData};
 * the provider has them at the top, spells the EBS flags as strings, and takes {@code update_default_version} so
 * that the default version follows the latest, as CloudFormation's does.
 */
public final class LaunchTemplateRendering extends Rendering<LaunchTemplate> {

    public LaunchTemplateRendering() {
        super(LaunchTemplate.class, cfn("AWS::EC2::LaunchTemplate", "LaunchTemplate").ref(Attr.ID)
                        .getAtt(Attr.LATEST_VERSION, "LatestVersionNumber"),
                tf("aws_launch_template").attr(Attr.ID, "id").attr(Attr.LATEST_VERSION, "latest_version"));
    }

    @Override
    protected void cloudFormation(LaunchTemplate r, Body p) {
        p.object("LaunchTemplateData", d -> d
                .string("ImageId", r.imageId())
                .object("IamInstanceProfile", i -> i.value("Arn", r.instanceProfileArn()))
                .values("SecurityGroupIds", r.securityGroups())
                .base64("UserData", r.userData())
                .object("MetadataOptions", m -> m.string("HttpEndpoint", "enabled")
                        .string("HttpTokens", r.httpTokens()).integer("HttpPutResponseHopLimit", r.hopLimit()))
                .objects("BlockDeviceMappings", r.blockDevices(), (b, v) -> b.string("DeviceName", v.deviceName())
                        .object("Ebs", e -> e.integer("VolumeSize", v.sizeGiB()).string("VolumeType", v.volumeType())
                                .bool("Encrypted", v.encrypted()).bool("DeleteOnTermination", true)))
                .objects("TagSpecifications", List.of("instance", "volume"), (t, type) -> t
                        .string("ResourceType", type).tags(r.instanceTags())));
        p.objects("TagSpecifications", List.of("launch-template"), (t, type) -> t
                .string("ResourceType", type).tags(r.tags()));
    }

    @Override
    protected void terraform(LaunchTemplate r, Body b) {
        b.string("image_id", r.imageId())
                .object("iam_instance_profile", i -> i.value("arn", r.instanceProfileArn()))
                .values("vpc_security_group_ids", r.securityGroups())
                .base64("user_data", r.userData())
                .object("metadata_options", m -> m.string("http_endpoint", "enabled")
                        .string("http_tokens", r.httpTokens()).integer("http_put_response_hop_limit", r.hopLimit()))
                .objects("block_device_mappings", r.blockDevices(), (d, v) -> d.string("device_name", v.deviceName())
                        .object("ebs", e -> e.integer("volume_size", v.sizeGiB()).string("volume_type", v.volumeType())
                                .string("encrypted", String.valueOf(v.encrypted()))
                                .string("delete_on_termination", "true")))
                .objects("tag_specifications", List.of("instance", "volume"), (t, type) -> t
                        .string("resource_type", type).tags(r.instanceTags()))
                .bool("update_default_version", true)
                .tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("image", "LaunchTemplateData/ImageId", "image_id"),
                Parity.value("tokens", "LaunchTemplateData/MetadataOptions/HttpTokens", "metadata_options/http_tokens"),
                Parity.list("devices", "LaunchTemplateData/BlockDeviceMappings/*/DeviceName",
                        "block_device_mappings/*/device_name"));
    }
}
