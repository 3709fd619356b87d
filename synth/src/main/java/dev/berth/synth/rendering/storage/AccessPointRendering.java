package dev.berth.synth.rendering.storage;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.storage.StorageResources.AccessPoint;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::EFS::AccessPoint / aws_efs_access_point. {@code Ref} is the access point's ID. CloudFormation takes the POSIX
 * IDs as strings and spells its tags {@code AccessPointTags}; the provider takes numbers.
 */
public final class AccessPointRendering extends Rendering<AccessPoint> {

    public AccessPointRendering() {
        super(AccessPoint.class, cfn("AWS::EFS::AccessPoint", "AccessPoint").ref(Attr.ID).getAtt(Attr.ARN, "Arn"),
                tf("aws_efs_access_point").attr(Attr.ID, "id").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(AccessPoint r, Body p) {
        p.value("FileSystemId", r.fileSystem());
        if (r.posixUser() != null) {
            p.object("PosixUser", u -> u.string("Uid", String.valueOf(r.posixUser().uid()))
                    .string("Gid", String.valueOf(r.posixUser().gid())));
        }
        p.object("RootDirectory", d -> {
            d.string("Path", r.path());
            if (r.creationInfo() != null) {
                d.object("CreationInfo", c -> c.string("OwnerUid", String.valueOf(r.creationInfo().ownerUid()))
                        .string("OwnerGid", String.valueOf(r.creationInfo().ownerGid()))
                        .string("Permissions", r.creationInfo().permissions()));
            }
        });
        p.objects("AccessPointTags", List.copyOf(r.tags().entrySet()), (t, tag) -> t
                .string("Key", tag.getKey()).string("Value", tag.getValue()));
    }

    @Override
    protected void terraform(AccessPoint r, Body b) {
        b.value("file_system_id", r.fileSystem());
        if (r.posixUser() != null) {
            b.object("posix_user", u -> u.wholeNumber("uid", r.posixUser().uid())
                    .wholeNumber("gid", r.posixUser().gid()));
        }
        b.object("root_directory", d -> {
            d.string("path", r.path());
            if (r.creationInfo() != null) {
                d.object("creation_info", c -> c.wholeNumber("owner_uid", r.creationInfo().ownerUid())
                        .wholeNumber("owner_gid", r.creationInfo().ownerGid())
                        .string("permissions", r.creationInfo().permissions()));
            }
        });
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("fileSystem", "FileSystemId", "file_system_id"),
                Parity.value("path", "RootDirectory/Path", "root_directory/path"),
                Parity.value("permissions", "RootDirectory/CreationInfo/Permissions",
                        "root_directory/creation_info/permissions"));
    }
}
