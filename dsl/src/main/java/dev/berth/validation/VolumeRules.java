package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.MountPoint;
import dev.berth.task.TaskDefinition;
import dev.berth.task.VolumeFrom;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A task's storage: its volumes, where containers mount them, and its ephemeral storage. Volume names are checked
 * with the other names ({@code INVALID_NAME}, {@code DUPLICATE_NAME}).
 *
 * <ul>
 *   <li>{@code UNKNOWN_VOLUME}: a mount point names a volume the task does not declare.</li>
 *   <li>{@code MOUNT_POINT}: a mount point's container path is not absolute, or one container mounts two volumes
 *       at one path.</li>
 *   <li>{@code VOLUMES_FROM}: {@code volumesFrom} names a container the task does not have, the container itself, or
 *       one container twice.</li>
 *   <li>{@code EPHEMERAL_STORAGE}: the ephemeral storage is outside 21 to 200 GiB, or set on a task that is not
 *       Fargate-compatible (only Fargate takes it; Amazon ECS API Reference, "EphemeralStorage").</li>
 * </ul>
 */
final class VolumeRules {

    static final int MIN_EPHEMERAL_GIB = 21;
    static final int MAX_EPHEMERAL_GIB = 200;

    private VolumeRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            TaskDefinition task = s.task();
            Set<String> volumes = new TreeSet<>();
            task.volumes().forEach(v -> volumes.add(v.name()));
            Set<String> containers = new TreeSet<>();
            task.containers().forEach(c -> containers.add(c.name()));
            for (Container c : task.containers()) {
                mountPoints(report, Paths.container(s, c), c, volumes);
                volumesFrom(report, Paths.container(s, c), c, containers);
            }
            ephemeralStorage(report, s);
        }
        return report.diagnostics();
    }

    private static void mountPoints(Report report, String path, Container c, Set<String> volumes) {
        Set<String> paths = new HashSet<>();
        List<MountPoint> mounts = c.mountPoints();
        for (int i = 0; i < mounts.size(); i++) {
            MountPoint m = mounts.get(i);
            String at = Paths.indexed(path, "mountPoints", i);
            if (!volumes.contains(m.sourceVolume())) {
                report.add(Rule.UNKNOWN_VOLUME, at, "The container mounts the volume " + Values.quoted(m.sourceVolume())
                                + ", which the task does not declare (volumes: "
                                + (volumes.isEmpty() ? "none" : Values.join(volumes)) + ").",
                        "Declare it on the task, e.g. t.volume(Volume.bind(\"" + m.sourceVolume() + "\")), or name"
                                + " a volume of the task.");
            }
            if (!m.containerPath().startsWith("/")) {
                report.add(Rule.MOUNT_POINT, at, "The mount path " + Values.quoted(m.containerPath())
                        + " is not an absolute path.", "Give the full path in the container, e.g. /tmp.");
            } else if (!paths.add(m.containerPath())) {
                report.add(Rule.MOUNT_POINT, at, "The container mounts two volumes at "
                                + Values.quoted(m.containerPath()) + "; a path holds one mount.",
                        "Use another path for the second volume.");
            }
        }
    }

    private static void volumesFrom(Report report, String path, Container c, Set<String> containers) {
        Set<String> seen = new HashSet<>();
        List<VolumeFrom> from = c.volumesFrom();
        for (int i = 0; i < from.size(); i++) {
            String source = from.get(i).sourceContainer();
            String at = Paths.indexed(path, "volumesFrom", i);
            if (source.equals(c.name())) {
                report.add(Rule.VOLUMES_FROM, at, "The container takes the volumes of itself.",
                        "Name another container of the task.");
            } else if (!containers.contains(source)) {
                report.add(Rule.VOLUMES_FROM, at, "The container takes the volumes of " + Values.quoted(source)
                                + ", which the task does not have (containers: " + Values.join(containers) + ").",
                        "Name a container of the same task.");
            } else if (!seen.add(source)) {
                report.add(Rule.VOLUMES_FROM, at, "The container takes the volumes of " + Values.quoted(source)
                        + " twice.", "Remove the second one.");
            }
        }
    }

    private static void ephemeralStorage(Report report, Service s) {
        int gib = s.task().ephemeralStorageGiB();
        if (gib == 0) {
            return;
        }
        String path = Paths.task(s) + ".ephemeralStorageGiB";
        if (!s.task().requiresFargate()) {
            report.add(Rule.EPHEMERAL_STORAGE, path, "The task sets " + gib + " GiB of ephemeral storage but is not"
                            + " Fargate-compatible; ECS takes ephemeral storage only for tasks on Fargate (on EC2 the"
                            + " instance's disk serves).",
                    "Remove it, or add FARGATE to the task's compatibilities.");
        } else if (gib < MIN_EPHEMERAL_GIB || gib > MAX_EPHEMERAL_GIB) {
            report.add(Rule.EPHEMERAL_STORAGE, path, "The task asks for " + gib + " GiB of ephemeral storage;"
                            + " Fargate offers " + MIN_EPHEMERAL_GIB + " to " + MAX_EPHEMERAL_GIB + " GiB (20 GiB"
                            + " without the setting).",
                    "Set " + MIN_EPHEMERAL_GIB + " to " + MAX_EPHEMERAL_GIB + ", or 0 for the default 20 GiB.");
        }
    }
}
