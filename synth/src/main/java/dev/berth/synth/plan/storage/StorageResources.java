package dev.berth.synth.plan.storage;

import dev.berth.synth.plan.Immutable;
import dev.berth.synth.plan.PlannedResource;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;

/** The planned storage resources: EFS file systems, their mount targets and access points. */
public final class StorageResources {

    private StorageResources() {
    }

    /**
     * An EFS file system.
     *
     * @param performanceMode            {@code generalPurpose} or {@code maxIO}
     * @param throughputMode             {@code bursting}, {@code elastic} or {@code provisioned}
     * @param provisionedThroughputMibps MiB/s with {@code provisioned}; null otherwise
     * @param kmsKeyId                   the key that encrypts it; null: the AWS managed key (or not encrypted)
     * @param retained                   kept when the stack or module is deleted
     * @param backupStatus               {@code ENABLED}: automatic backups by AWS Backup (the hardened profile's,
     *                                   CT.ELASTICFILESYSTEM.PR.2); null: left as EFS leaves a new file system (off)
     */
    public record FileSystem(ResourceId id, boolean encrypted, String kmsKeyId, String performanceMode,
                             String throughputMode, Integer provisionedThroughputMibps, boolean retained,
                             String backupStatus, Map<String, String> tags) implements PlannedResource {
        public FileSystem {
            tags = Immutable.map(tags);
        }
    }

    /** A mount target of {@code fileSystem} in one subnet, wearing {@code securityGroups}. */
    public record MountTarget(ResourceId id, Value fileSystem, Value subnet, List<Value> securityGroups)
            implements PlannedResource {
        public MountTarget {
            securityGroups = Immutable.list(securityGroups);
        }
    }

    /**
     * An EFS access point.
     *
     * @param posixUser    the identity of every operation through it; null: the client's
     * @param creationInfo how EFS creates {@code path}; null: it does not
     */
    public record AccessPoint(ResourceId id, Value fileSystem, String path, PosixUser posixUser,
                              CreationInfo creationInfo, Map<String, String> tags) implements PlannedResource {
        public AccessPoint {
            tags = Immutable.map(tags);
        }
    }

    /** A POSIX user and group. */
    public record PosixUser(long uid, long gid) {
    }

    /** @param permissions octal, e.g. {@code 0755} */
    public record CreationInfo(long ownerUid, long ownerGid, String permissions) {
    }
}
