package dev.berth.synth.rendering.storage;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.storage.StorageResources.FileSystem;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;
import java.util.Map;

/**
 * AWS::EFS::FileSystem / aws_efs_file_system. {@code Ref} is the file system's ID, as {@code id} is in Terraform.
 * CloudFormation spells its tags {@code FileSystemTags}. A retained file system keeps {@code DeletionPolicy} and
 * {@code UpdateReplacePolicy} {@code Retain} in CloudFormation; the provider has no way to leave an EFS file system
 * in place on destroy, so Terraform says {@code lifecycle { prevent_destroy = true }}: a plan that would destroy it
 * fails, and the data survives until the program says DESTROY
 * (https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle).
 */
public final class FileSystemRendering extends Rendering<FileSystem> {

    public FileSystemRendering() {
        super(FileSystem.class, cfn("AWS::EFS::FileSystem", "FileSystem").ref(Attr.ID).getAtt(Attr.ARN, "Arn"),
                tf("aws_efs_file_system").attr(Attr.ID, "id").attr(Attr.ARN, "arn"));
    }

    @Override
    protected Map<String, String> cloudFormationAttributes(FileSystem r) {
        return retainedIf(r.retained());
    }

    @Override
    protected void cloudFormation(FileSystem r, Body p) {
        p.bool("Encrypted", r.encrypted())
                .string("KmsKeyId", r.kmsKeyId())
                .string("PerformanceMode", r.performanceMode())
                .string("ThroughputMode", r.throughputMode())
                .number("ProvisionedThroughputInMibps", mibps(r))
                .objects("FileSystemTags", List.copyOf(r.tags().entrySet()), (t, tag) -> t
                        .string("Key", tag.getKey()).string("Value", tag.getValue()));
    }

    @Override
    protected void terraform(FileSystem r, Body b) {
        b.bool("encrypted", r.encrypted())
                .string("kms_key_id", r.kmsKeyId())
                .string("performance_mode", r.performanceMode())
                .string("throughput_mode", r.throughputMode())
                .number("provisioned_throughput_in_mibps", mibps(r))
                .tags(r.tags());
        if (r.retained()) {
            b.object("lifecycle", lifecycle -> lifecycle.bool("prevent_destroy", true));
        }
    }

    private static Double mibps(FileSystem r) {
        return r.provisionedThroughputMibps() == null ? null : r.provisionedThroughputMibps().doubleValue();
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("encrypted", "Encrypted", "encrypted"),
                Parity.value("kmsKey", "KmsKeyId", "kms_key_id"),
                Parity.value("performance", "PerformanceMode", "performance_mode"),
                Parity.value("throughput", "ThroughputMode", "throughput_mode"),
                Parity.value("provisioned", "ProvisionedThroughputInMibps", "provisioned_throughput_in_mibps"));
    }
}
