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
 *
 * <p>Automatic backups are the file system's {@code BackupPolicy} property in CloudFormation, and a resource of their
 * own in the provider, {@code aws_efs_backup_policy} (the file system's arguments have none), written beside it under
 * the same name. The equivalence property reads parity within one resource, so the status is checked by
 * {@code FileSystemTest} instead.
 */
public final class FileSystemRendering extends Rendering<FileSystem> {

    private static final String BACKUP_POLICY = "aws_efs_backup_policy";

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
        if (r.backupStatus() != null) {
            p.object("BackupPolicy", backup -> backup.string("Status", r.backupStatus()));
        }
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

    @Override
    protected List<TerraformCompanion> terraformCompanions(FileSystem r) {
        if (r.backupStatus() == null) {
            return List.of();
        }
        return List.of(new TerraformCompanion(BACKUP_POLICY, b -> b
                .value("file_system_id", r.id().attr(Attr.ID))
                .object("backup_policy", policy -> policy.string("status", r.backupStatus()))));
    }

    @Override
    public List<String> terraformCompanionTypes() {
        return List.of(BACKUP_POLICY);
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
