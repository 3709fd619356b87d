package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.LaunchType;
import dev.berth.service.Service;
import dev.berth.storage.AccessPoint;
import dev.berth.storage.FileSystem;
import dev.berth.storage.PerformanceMode;
import dev.berth.storage.ThroughputMode;
import dev.berth.task.Volume;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * EFS file systems, their access points, and the task volumes that mount them. Names are checked with the other
 * names ({@code INVALID_NAME}, {@code DUPLICATE_NAME}).
 *
 * <ul>
 *   <li>{@code FILE_SYSTEM_SETTINGS}: provisioned throughput without the provisioned mode (or the other way round)
 *       or outside 1 to 3414 MiB/s; elastic throughput with Max I/O (EFS offers elastic throughput with General
 *       Purpose only); a KMS key on an unencrypted file system, or a key that is no KMS key ARN.</li>
 *   <li>{@code ACCESS_POINT_SETTINGS}: a path that is not absolute, longer than 100 characters or four directories,
 *       or holds characters EFS refuses, a POSIX ID
 *       outside 0 to 4294967295, permissions that are not 3 or 4 octal digits (AWS::EFS::AccessPoint RootDirectory,
 *       PosixUser, CreationInfo).</li>
 *   <li>{@code ACCESS_POINT_DIRECTORY} (warning): an access point below the root with neither creation info nor a
 *       POSIX user: EFS does not create the directory, and on a new file system it does not exist, so "attempts to
 *       mount the file system using the access point will fail" (Amazon EFS User Guide, "Creating access points":
 *       root directory).</li>
 *   <li>{@code UNKNOWN_FILE_SYSTEM}: a volume names a file system or access point the program does not declare.</li>
 *   <li>{@code EFS_VOLUME}: a volume names both or neither a program file system and an existing ID; a malformed
 *       ID; an access point of the other kind of file system; an existing file system without its security group;
 *       a root directory that is not absolute, or one beside an access point ("the root directory parameter must
 *       either be omitted or set to /", AWS::ECS::TaskDefinition EFSVolumeConfiguration RootDirectory); a Fargate
 *       platform version before 1.4.0, which does not support EFS.</li>
 * </ul>
 */
final class StorageRules {

    static final int MAX_PROVISIONED_MIBPS = 3414;
    static final int MAX_ACCESS_POINT_PATH = 100;
    static final Pattern FILE_SYSTEM_ID = Pattern.compile("fs-[0-9a-f]{8,40}");
    static final Pattern ACCESS_POINT_ID = Pattern.compile("fsap-[0-9a-f]{8,40}");
    static final Pattern SECURITY_GROUP_ID = Pattern.compile("sg-[0-9a-f]{8,17}");
    private static final Pattern PERMISSIONS = Pattern.compile("[0-7]{3,4}");
    /** The access point path AWS::EFS::AccessPoint takes: / or up to four components, none starting with a dot. */
    private static final Pattern ACCESS_POINT_PATH = Pattern.compile("/|(/(?!\\.)[^$#<>;`|&?{}^*/\n]+){1,4}");
    private static final Pattern OLD_PLATFORM = Pattern.compile("1\\.[0-3]\\.\\d+");

    private StorageRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        Map<String, FileSystem> fileSystems = new TreeMap<>();
        for (FileSystem fs : app.fileSystems()) {
            fileSystems.putIfAbsent(fs.name(), fs);
            fileSystem(report, fs);
            fs.accessPoints().forEach(ap -> accessPoint(report, fs, ap));
        }
        for (Service s : app.services()) {
            List<Volume> volumes = s.task().volumes();
            for (int i = 0; i < volumes.size(); i++) {
                if (volumes.get(i) instanceof Volume.Efs v) {
                    volume(report, s, Paths.indexed(Paths.task(s), "volumes", i), v, fileSystems);
                }
            }
        }
        return report.diagnostics();
    }

    private static void fileSystem(Report report, FileSystem fs) {
        String path = Paths.fileSystem(fs);
        boolean provisioned = fs.throughputMode() == ThroughputMode.PROVISIONED;
        if (provisioned && !Values.inRange(fs.provisionedThroughputMibps(), 1, MAX_PROVISIONED_MIBPS)) {
            report.add(Rule.FILE_SYSTEM_SETTINGS, path, "Provisioned throughput needs 1 to " + MAX_PROVISIONED_MIBPS
                            + " MiB/s; the file system asks for " + fs.provisionedThroughputMibps() + ".",
                    "Set provisionedThroughputMibps(...) in that range.");
        } else if (!provisioned && fs.provisionedThroughputMibps() != 0) {
            report.add(Rule.FILE_SYSTEM_SETTINGS, path, "The file system sets " + fs.provisionedThroughputMibps()
                            + " MiB/s of provisioned throughput with the " + fs.throughputMode().value()
                            + " throughput mode, which ignores it.",
                    "Use throughputMode(ThroughputMode.PROVISIONED), or remove the provisioned throughput.");
        }
        if (fs.throughputMode() == ThroughputMode.ELASTIC && fs.performanceMode() == PerformanceMode.MAX_IO) {
            report.add(Rule.FILE_SYSTEM_SETTINGS, path, "EFS offers elastic throughput only with the General"
                    + " Purpose performance mode.", "Use PerformanceMode.GENERAL_PURPOSE, or another throughput mode.");
        }
        if (!fs.kmsKeyArn().isEmpty()) {
            if (!fs.encrypted()) {
                report.add(Rule.FILE_SYSTEM_SETTINGS, path, "The file system names a KMS key but is not encrypted.",
                        "Keep encrypted(true) (the default), or remove the key.");
            } else if (!Values.matchesOrToken(Values.KMS_KEY_ARN, fs.kmsKeyArn())) {
                report.add(Rule.FILE_SYSTEM_SETTINGS, path, "The KMS key " + Values.quoted(fs.kmsKeyArn())
                                + " is not a KMS key ARN.",
                        "Give the key's ARN, arn:aws:kms:<region>:<account>:key/<id>.");
            }
        }
    }

    private static void accessPoint(Report report, FileSystem fs, AccessPoint ap) {
        String path = Paths.accessPoint(fs, ap);
        if (ap.path().length() > MAX_ACCESS_POINT_PATH || !ACCESS_POINT_PATH.matcher(ap.path()).matches()) {
            report.add(Rule.ACCESS_POINT_SETTINGS, path, "The access point's path " + Values.quoted(ap.path())
                            + " is not one EFS takes: an absolute path of at most " + MAX_ACCESS_POINT_PATH
                            + " characters and four directories, none starting with a dot, without $#<>;`|&?{}^*.",
                    "Give a path such as /uploads.");
        }
        AccessPoint.PosixUser user = ap.posixUser();
        if (user.isPresent() && !(posixId(user.uid()) && posixId(user.gid()))) {
            report.add(Rule.ACCESS_POINT_SETTINGS, path, "The POSIX user " + user.uid() + ":" + user.gid()
                    + " is outside 0 to " + AccessPoint.MAX_POSIX_ID + ".", "Give IDs in that range, e.g. 1000, 1000.");
        }
        AccessPoint.CreationInfo info = ap.creationInfo();
        if (info.isPresent() && !(posixId(info.ownerUid()) && posixId(info.ownerGid())
                && PERMISSIONS.matcher(info.permissions()).matches())) {
            report.add(Rule.ACCESS_POINT_SETTINGS, path, "The creation info (owner " + info.ownerUid() + ":"
                            + info.ownerGid() + ", permissions " + Values.quoted(info.permissions())
                            + ") needs IDs from 0 to " + AccessPoint.MAX_POSIX_ID + " and 3 or 4 octal digits.",
                    "Give e.g. creationInfo(1000, 1000, \"0755\").");
        }
        if (!"/".equals(ap.path()) && !ap.effectiveCreationInfo().isPresent()) {
            report.add(Rule.ACCESS_POINT_DIRECTORY, path, "The access point's directory " + Values.quoted(ap.path())
                            + " does not exist on a new file system, and without creation info EFS does not create"
                            + " it: mounting the access point fails until something creates it.",
                    "Add creationInfo(uid, gid, \"0755\") or posixUser(uid, gid).");
        }
    }

    private static boolean posixId(long id) {
        return id >= 0 && id <= AccessPoint.MAX_POSIX_ID;
    }

    private static void volume(Report report, Service s, String path, Volume.Efs v,
                               Map<String, FileSystem> fileSystems) {
        if (v.fileSystem().isEmpty() == v.fileSystemId().isEmpty()) {
            report.add(Rule.EFS_VOLUME, path, "The EFS volume " + Values.quoted(v.name()) + " names "
                            + (v.fileSystem().isEmpty() ? "no file system" : "both a file system of the program and"
                            + " an existing file system ID") + ".",
                    "Give exactly one: fileSystem(\"<name>\") for one the program creates, or fileSystemId(\"fs-...\")"
                            + " for one that exists.");
        } else if (v.isExisting()) {
            existing(report, path, v);
        } else {
            FileSystem fs = fileSystems.get(v.fileSystem());
            if (fs == null) {
                report.add(Rule.UNKNOWN_FILE_SYSTEM, path, "The volume mounts the file system "
                                + Values.quoted(v.fileSystem()) + ", which the program does not declare (file systems: "
                                + (fileSystems.isEmpty() ? "none" : Values.join(fileSystems.keySet())) + ").",
                        "Declare it with app.fileSystem(\"" + v.fileSystem() + "\", fs -> ...), or name one.");
            } else if (!v.accessPoint().isEmpty()
                    && fs.accessPoints().stream().noneMatch(ap -> ap.name().equals(v.accessPoint()))) {
                report.add(Rule.UNKNOWN_FILE_SYSTEM, path, "The volume mounts the access point "
                                + Values.quoted(v.accessPoint()) + ", which the file system " + Values.quoted(fs.name())
                                + " does not declare.",
                        "Add it with fs.accessPoint(\"" + v.accessPoint() + "\", ap -> ...), or name one of its"
                                + " access points.");
            }
            if (!v.accessPointId().isEmpty()) {
                report.add(Rule.EFS_VOLUME, path, "The volume names an existing access point ID on a file system"
                                + " the program creates.",
                        "Use accessPoint(\"<name>\") with an access point of the program's file system.");
            }
        }
        if (!v.rootDirectory().isEmpty()) {
            if (!v.rootDirectory().startsWith("/")) {
                report.add(Rule.EFS_VOLUME, path, "The root directory " + Values.quoted(v.rootDirectory())
                        + " is not an absolute path.", "Give a path such as /data.");
            } else if (v.hasAccessPoint() && !"/".equals(v.rootDirectory())) {
                report.add(Rule.EFS_VOLUME, path, "The volume sets the root directory "
                                + Values.quoted(v.rootDirectory()) + " and an access point; with an access point ECS"
                                + " takes only / (the access point's path is the root).",
                        "Remove rootDirectory(...), or set the directory as the access point's path.");
            }
        }
        if (s.launchType() == LaunchType.FARGATE && OLD_PLATFORM.matcher(s.platformVersion()).matches()) {
            report.add(Rule.EFS_VOLUME, path, "The service runs on Fargate platform version " + s.platformVersion()
                            + ", which cannot mount EFS (1.4.0 and later can).",
                    "Use platformVersion(\"1.4.0\") or later, or LATEST (the default).");
        }
    }

    private static void existing(Report report, String path, Volume.Efs v) {
        if (!Values.matchesOrToken(FILE_SYSTEM_ID, v.fileSystemId())) {
            report.add(Rule.EFS_VOLUME, path, "The file system ID " + Values.quoted(v.fileSystemId())
                    + " is not an EFS file system ID.", "Give its ID, fs- and 8 to 40 hexadecimal digits.");
        }
        if (!v.accessPointId().isEmpty() && !Values.matchesOrToken(ACCESS_POINT_ID, v.accessPointId())) {
            report.add(Rule.EFS_VOLUME, path, "The access point ID " + Values.quoted(v.accessPointId())
                    + " is not an EFS access point ID.", "Give its ID, fsap- and 8 to 40 hexadecimal digits.");
        }
        if (!v.accessPoint().isEmpty()) {
            report.add(Rule.EFS_VOLUME, path, "The volume names the program's access point "
                            + Values.quoted(v.accessPoint()) + " on an existing file system.",
                    "Use accessPointId(\"fsap-...\") for an access point of the existing file system.");
        }
        if (v.securityGroupId().isEmpty()) {
            report.add(Rule.EFS_VOLUME, path, "The existing file system's security group is not given, so nothing"
                            + " would admit the tasks to its mount targets (NFS, TCP 2049).",
                    "Give the mount targets' group with securityGroupId(\"sg-...\"): Berth adds the ingress rule.");
        } else if (!Values.matchesOrToken(SECURITY_GROUP_ID, v.securityGroupId())) {
            report.add(Rule.EFS_VOLUME, path, "The security group " + Values.quoted(v.securityGroupId())
                    + " is not a security group ID.", "Give its ID, sg- and 8 or 17 hexadecimal digits.");
        }
    }
}
