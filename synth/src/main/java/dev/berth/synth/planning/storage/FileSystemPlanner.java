package dev.berth.synth.planning.storage;

import dev.berth.Application;
import dev.berth.RemovalPolicy;
import dev.berth.network.Egress;
import dev.berth.service.Service;
import dev.berth.storage.AccessPoint;
import dev.berth.storage.FileSystem;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.storage.StorageResources;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.synth.planning.network.PlannedNetwork;
import dev.berth.task.Volume;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the program's EFS file systems and the network path of the tasks that mount them.
 *
 * <p>A file system gets a mount target in each private subnet of the VPC (EFS resolves the file system's DNS name to
 * the mount target in the client's Availability Zone; one mount target per zone) and a security group of its own,
 * without rules of its own: each service that mounts it adds the ingress from its tasks' group on NFS (TCP 2049)
 * and the matching egress on its tasks' group (which otherwise allows only HTTPS out), so the group admits exactly
 * the tasks that mount it. An existing file system's mount target group, which the program gives, gets the same
 * ingress rule. The mount uses no AWS API: IAM authorization is a SigV4 signature the EFS mount helper carries in
 * the TLS client certificate it presents to the mount target (aws/efs-utils, {@code mount_efs}:
 * {@code efs_client_auth_builder}), with the task role's credentials from the task's own credentials endpoint, so
 * private subnets without internet need no {@code elasticfilesystem} endpoint (that interface endpoint serves the
 * EFS management API: Amazon EFS User Guide, "Working with interface VPC endpoints in Amazon EFS").
 */
public final class FileSystemPlanner {

    /** NFS, the only port EFS mount targets listen on. */
    static final int NFS_PORT = 2049;

    private FileSystemPlanner() {
    }

    public static ResourceId fileSystemId(String name) {
        return ResourceId.of(StorageResources.FileSystem.class, name);
    }

    public static ResourceId accessPointId(String fileSystem, String accessPoint) {
        return ResourceId.of(StorageResources.AccessPoint.class, fileSystem, accessPoint);
    }

    static ResourceId securityGroupId(String fileSystem) {
        return ResourceId.of(NetworkResources.SecurityGroup.class, fileSystem, "efs");
    }

    /** The program's file systems, their mount targets, security groups and access points (shared resources). */
    public static void plan(Application app, PlannedNetwork network, PlanBuilder plan) {
        for (FileSystem fs : app.fileSystems()) {
            ResourceId id = fileSystemId(fs.name());
            plan.add(new StorageResources.FileSystem(id, fs.encrypted(),
                    fs.encrypted() && !fs.kmsKeyArn().isEmpty() ? fs.kmsKeyArn() : null,
                    fs.performanceMode().value(), fs.throughputMode().value(),
                    fs.provisionedThroughputMibps() > 0 ? fs.provisionedThroughputMibps() : null,
                    fs.removalPolicy() == RemovalPolicy.RETAIN,
                    // CT.ELASTICFILESYSTEM.PR.2 (ct-elasticfilesysystem-pr-2.guard): BackupPolicy.Status ENABLED
                    plan.hardening().hardened() ? "ENABLED" : null, plan.tagsNamed(fs.name())));
            ResourceId group = securityGroupId(fs.name());
            plan.add(new NetworkResources.SecurityGroup(group, network.vpcId(), "Mount targets of EFS file system "
                    + fs.name() + ": NFS from the tasks that mount it", plan.tagsNamed(fs.name() + "-efs")));
            List<Value> subnets = network.privateSubnets();
            for (int i = 0; i < subnets.size(); i++) {
                plan.add(new StorageResources.MountTarget(ResourceId.of(StorageResources.MountTarget.class,
                        fs.name(), String.valueOf(i + 1)), id.attr(Attr.ID), subnets.get(i),
                        List.of(group.attr(Attr.ID))));
            }
            for (AccessPoint ap : fs.accessPoints()) {
                AccessPoint.CreationInfo info = ap.effectiveCreationInfo();
                plan.add(new StorageResources.AccessPoint(accessPointId(fs.name(), ap.name()), id.attr(Attr.ID),
                        ap.path(), ap.posixUser().isPresent()
                                ? new StorageResources.PosixUser(ap.posixUser().uid(), ap.posixUser().gid()) : null,
                        info.isPresent() ? new StorageResources.CreationInfo(info.ownerUid(), info.ownerGid(),
                                info.permissions()) : null,
                        plan.tagsNamed(fs.name() + "-" + ap.name())));
            }
            plan.output(fs.name() + "-file-system-id", "ID of the EFS file system " + fs.name(), id.attr(Attr.ID));
        }
    }

    /**
     * How a task mounts an EFS volume: always with encryption in transit and IAM authorization (AWS requires
     * transit encryption for both IAM authorization and access points: AWS::ECS::TaskDefinition AuthorizationConfig).
     * The root directory is written as {@code /} when the program gives none, the same as leaving it out ("Specifying
     * / will have the same effect as omitting this parameter", EFSVolumeConfiguration RootDirectory) and allowed
     * with an access point.
     */
    public static ComputeResources.EfsVolume volume(Volume.Efs v) {
        Value fileSystem = v.isExisting() ? Value.literal(v.fileSystemId()) : fileSystemId(v.fileSystem()).attr(Attr.ID);
        Value accessPoint = !v.accessPointId().isEmpty() ? Value.literal(v.accessPointId())
                : !v.accessPoint().isEmpty() ? accessPointId(v.fileSystem(), v.accessPoint()).attr(Attr.ID) : null;
        return new ComputeResources.EfsVolume(fileSystem, v.rootDirectory().isEmpty() ? "/" : v.rootDirectory(),
                "ENABLED", accessPoint, "ENABLED");
    }

    /** The ARN of the file system a volume mounts (what the task role's mount statement is scoped to). */
    public static Value fileSystemArn(Volume.Efs v) {
        return v.isExisting() ? Value.arnInThisAccount("elasticfilesystem", "file-system/" + v.fileSystemId())
                : fileSystemId(v.fileSystem()).attr(Attr.ARN);
    }

    /** The ARN of the access point a volume mounts through; null when none. */
    public static Value accessPointArn(Volume.Efs v) {
        if (!v.accessPointId().isEmpty()) {
            return Value.arnInThisAccount("elasticfilesystem", "access-point/" + v.accessPointId());
        }
        return v.accessPoint().isEmpty() ? null : accessPointId(v.fileSystem(), v.accessPoint()).attr(Attr.ARN);
    }

    /**
     * The NFS rules between {@code service}'s tasks (wearing {@code tasksGroup}) and each file system its volumes
     * mount, once per file system: ingress on the file system's group, egress on the tasks'. {@code plan} adds for
     * the service. A declared egress that is already the same rule is not planned again (EC2 rejects duplicates).
     */
    public static void mounts(Service service, ResourceId tasksGroup, PlanBuilder plan) {
        Value tasks = tasksGroup.attr(Attr.ID);
        Set<String> seen = new LinkedHashSet<>();
        List<Volume.Efs> volumes = new ArrayList<>();
        service.task().volumes().forEach(v -> {
            if (v instanceof Volume.Efs efs) {
                volumes.add(efs);
            }
        });
        for (Volume.Efs v : volumes) {
            String target = v.isExisting() ? v.securityGroupId() : v.fileSystem();
            if (!seen.add(target)) {
                continue;
            }
            if (v.isExisting()) {
                Value group = Value.literal(v.securityGroupId());
                plan.add(new NetworkResources.SecurityGroupIngress(ResourceId.of(
                        NetworkResources.SecurityGroupIngress.class, service.name(), "tasks", "nfs", "into",
                        v.securityGroupId()), group, "tcp", NFS_PORT, NFS_PORT, new NetworkResources.Group(tasks),
                        "NFS from the tasks of service " + service.name()));
                if (!declared(service, v.securityGroupId())) {
                    plan.add(new NetworkResources.SecurityGroupEgress(ResourceId.of(
                            NetworkResources.SecurityGroupEgress.class, service.name(), "tasks", "nfs", "to",
                            v.securityGroupId()), tasks, "tcp", NFS_PORT, NFS_PORT, new NetworkResources.Group(group),
                            "NFS to the EFS file system " + v.fileSystemId()));
                }
            } else {
                Value group = securityGroupId(v.fileSystem()).attr(Attr.ID);
                plan.add(new NetworkResources.SecurityGroupIngress(ResourceId.of(
                        NetworkResources.SecurityGroupIngress.class, v.fileSystem(), "efs", "from", "service",
                        service.name()), group, "tcp", NFS_PORT, NFS_PORT, new NetworkResources.Group(tasks),
                        "NFS from the tasks of service " + service.name()));
                plan.add(new NetworkResources.SecurityGroupEgress(ResourceId.of(
                        NetworkResources.SecurityGroupEgress.class, service.name(), "tasks", "to", "efs",
                        v.fileSystem()), tasks, "tcp", NFS_PORT, NFS_PORT, new NetworkResources.Group(group),
                        "NFS to the EFS file system " + v.fileSystem()));
            }
        }
    }

    /** Whether the service declares egress to exactly this group on NFS already. */
    private static boolean declared(Service service, String group) {
        return service.egress().stream().anyMatch(e -> e.destination() == Egress.Destination.SECURITY_GROUP
                && e.target().equals(group) && e.protocol() == Egress.IpProtocol.TCP
                && e.fromPort() == NFS_PORT && e.toPort() == NFS_PORT);
    }
}
