package dev.berth.synth.rendering.storage;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.storage.StorageResources.MountTarget;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::EFS::MountTarget / aws_efs_mount_target. {@code Ref} is the mount target's ID. Neither takes tags. */
public final class MountTargetRendering extends Rendering<MountTarget> {

    public MountTargetRendering() {
        super(MountTarget.class, cfn("AWS::EFS::MountTarget", "MountTarget").ref(Attr.ID),
                tf("aws_efs_mount_target").attr(Attr.ID, "id"));
    }

    @Override
    protected void cloudFormation(MountTarget r, Body p) {
        p.value("FileSystemId", r.fileSystem())
                .value("SubnetId", r.subnet())
                .values("SecurityGroups", r.securityGroups());
    }

    @Override
    protected void terraform(MountTarget r, Body b) {
        b.value("file_system_id", r.fileSystem())
                .value("subnet_id", r.subnet())
                .values("security_groups", r.securityGroups());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("fileSystem", "FileSystemId", "file_system_id"),
                Parity.value("subnet", "SubnetId", "subnet_id"),
                Parity.list("securityGroups", "SecurityGroups/*", "security_groups/*"));
    }
}
