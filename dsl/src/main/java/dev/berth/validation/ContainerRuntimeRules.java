package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.LinuxCapability;
import dev.berth.task.LinuxParameters;
import dev.berth.task.TaskDefinition;
import dev.berth.task.Ulimit;
import dev.berth.task.UlimitName;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a container runs: its user, working directory, stop timeout, resource limits, Linux options, privileges and
 * environment files, and what Fargate allows of them. "Fargate" means a task definition whose compatibilities include
 * FARGATE ({@link TaskDefinition#requiresFargate()}): ECS validates it against Fargate's rules when it is registered.
 *
 * <ul>
 *   <li>{@code CONTAINER_USER}: the user is not {@code user}, {@code user:group}, {@code uid}, {@code uid:gid},
 *       {@code user:gid} or {@code uid:group} (Amazon ECS API Reference, ContainerDefinition {@code user}).</li>
 *   <li>{@code WORKING_DIRECTORY}: the working directory is not an absolute path (Docker rejects a relative
 *       one).</li>
 *   <li>{@code STOP_TIMEOUT}: the stop timeout is negative, or above 120 seconds on Fargate, its maximum.</li>
 *   <li>{@code ULIMIT}: a limit is set twice, negative, with the soft limit above the hard one, or nofile above
 *       1048576 on Fargate.</li>
 *   <li>{@code LINUX_PARAMETERS}: a capability is both added and dropped (Docker drops first, then adds: the result
 *       says the opposite of one of the two), or the shared memory size is negative.</li>
 *   <li>{@code FARGATE_UNSUPPORTED}: on Fargate, a privileged container, a shared memory size, or an added capability
 *       other than SYS_PTRACE (Amazon ECS Developer Guide, "Amazon ECS task definition differences for
 *       Fargate").</li>
 *   <li>{@code PRIVILEGED_CONTAINER} (warning): a privileged container, root on its EC2 host.</li>
 *   <li>{@code ENVIRONMENT_FILE}: an environment file is not the ARN of an S3 object whose key ends in {@code .env},
 *       is listed twice, or the container lists more than 10 (Amazon ECS Developer Guide, "Pass environment variables
 *       to an Amazon ECS container"; API Reference, "EnvironmentFile").</li>
 *   <li>{@code EXEC_READONLY_ROOT} (warning): a service with ECS Exec has a container with a read-only root file
 *       system; the SSM agent of ECS Exec writes to it, and AWS documents the combination as not supported (Amazon
 *       ECS Developer Guide, "Monitor Amazon ECS containers with ECS Exec", considerations).</li>
 * </ul>
 */
final class ContainerRuntimeRules {

    static final int FARGATE_MAX_STOP_TIMEOUT = 120;
    static final int FARGATE_MAX_NOFILE = 1_048_576;
    static final int MAX_ENVIRONMENT_FILES = 10;
    /** A name (not all digits) or a numeric ID. */
    private static final Pattern USER_PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?");
    /**
     * An S3 object ARN in group 1 the bucket ARN, in group 2 the key: {@code arn:<partition>:s3:::<bucket>/<key>}, or a
     * CDK token for the bucket's ARN followed by {@code /<key>}.
     */
    static final Pattern S3_OBJECT_ARN = Pattern.compile(
            "(arn:aws(?:-[a-z]+)*:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]|[$#]\\{Token\\[[a-zA-Z0-9:._-]+]})/(.+)");

    private ContainerRuntimeRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            for (Container c : s.task().containers()) {
                String path = Paths.container(s, c);
                user(report, path, c.user());
                workingDirectory(report, path, c.workingDirectory());
                stopTimeout(report, s, path, c.stopTimeoutSeconds());
                ulimits(report, s, path, c.ulimits());
                linuxParameters(report, s, path + ".linuxParameters", c.linuxParameters());
                privileged(report, s, path, c);
                environmentFiles(report, path, c.environmentFiles());
                if (s.enableExecuteCommand() && c.readonlyRootFilesystem()) {
                    report.add(Rule.EXEC_READONLY_ROOT, path + ".readonlyRootFilesystem", "Service " + s.name()
                                    + " has ECS Exec, but container " + c.name() + " has a read-only root file system;"
                                    + " the SSM agent ECS Exec runs in the container writes to it, and AWS documents"
                                    + " read-only root file systems as not supported with ECS Exec.",
                            "Leave readonlyRootFilesystem off in the container you exec into, turn ECS Exec off, or"
                                    + " acknowledge EXEC_READONLY_ROOT if you do not exec into this container.");
                }
            }
        }
        return report.diagnostics();
    }

    private static void user(Report report, String path, String user) {
        if (user.isEmpty() || Values.isToken(user)) {
            return;
        }
        String[] parts = user.split(":", -1);
        boolean valid = parts.length <= 2;
        for (String part : parts) {
            valid &= USER_PART.matcher(part).matches() && part.length() <= 256;
        }
        if (!valid) {
            report.add(Rule.CONTAINER_USER, path + ".user", "The user " + Values.quoted(user) + " is not one ECS"
                            + " accepts: user, user:group, uid, uid:gid, user:gid or uid:group, with numeric IDs as"
                            + " non-negative integers.",
                    "Write it as e.g. 1000, 1000:1000 or app:app.");
        }
    }

    private static void workingDirectory(Report report, String path, String directory) {
        if (!directory.isEmpty() && !directory.startsWith("/") && !Values.isToken(directory)) {
            report.add(Rule.WORKING_DIRECTORY, path + ".workingDirectory", "The working directory "
                            + Values.quoted(directory) + " is not an absolute path; Docker requires the working"
                            + " directory to be absolute.",
                    "Give the full path, e.g. /app.");
        }
    }

    private static void stopTimeout(Report report, Service s, String path, int seconds) {
        if (seconds < 0) {
            report.add(Rule.STOP_TIMEOUT, path + ".stopTimeoutSeconds", "The stop timeout is " + seconds
                    + " seconds; it cannot be negative.", "Use 0 for the default of 30 seconds, or a positive value.");
        } else if (s.task().requiresFargate() && seconds > FARGATE_MAX_STOP_TIMEOUT) {
            report.add(Rule.STOP_TIMEOUT, path + ".stopTimeoutSeconds", "The stop timeout is " + seconds
                            + " seconds; on Fargate it is at most " + FARGATE_MAX_STOP_TIMEOUT + " seconds.",
                    "Lower it to " + FARGATE_MAX_STOP_TIMEOUT + " or less, and let the application shut down within"
                            + " that time.");
        }
    }

    private static void ulimits(Report report, Service s, String path, List<Ulimit> ulimits) {
        Set<UlimitName> seen = EnumSet.noneOf(UlimitName.class);
        for (int i = 0; i < ulimits.size(); i++) {
            Ulimit u = ulimits.get(i);
            String at = Paths.indexed(path, "ulimits", i);
            String name = u.name().value();
            if (!seen.add(u.name())) {
                report.add(Rule.ULIMIT, at, "The ulimit " + name + " is set twice in the container.",
                        "Remove one of them.");
            } else if (u.softLimit() < 0 || u.hardLimit() < 0) {
                report.add(Rule.ULIMIT, at, "The ulimit " + name + " has a negative limit (soft " + u.softLimit()
                        + ", hard " + u.hardLimit() + ").", "Use limits of 0 or more.");
            } else if (u.softLimit() > u.hardLimit()) {
                report.add(Rule.ULIMIT, at, "The ulimit " + name + " has a soft limit (" + u.softLimit()
                                + ") above its hard limit (" + u.hardLimit() + "); the kernel does not allow it.",
                        "Raise the hard limit or lower the soft limit.");
            } else if (u.name() == UlimitName.NOFILE && s.task().requiresFargate()
                    && u.hardLimit() > FARGATE_MAX_NOFILE) {
                report.add(Rule.ULIMIT, at, "The nofile limit is " + u.hardLimit() + "; Fargate allows at most "
                                + FARGATE_MAX_NOFILE + " open files per container.",
                        "Lower the limits to " + FARGATE_MAX_NOFILE + " or less.");
            }
        }
    }

    private static void linuxParameters(Report report, Service s, String path, LinuxParameters linux) {
        Set<LinuxCapability> both = new TreeSet<>(linux.addCapabilities());
        both.retainAll(linux.dropCapabilities());
        if (!both.isEmpty()) {
            report.add(Rule.LINUX_PARAMETERS, path, "The capabilities " + Values.join(both) + " are both added and"
                            + " dropped; Docker drops first and then adds, so the result is the opposite of one of"
                            + " the two settings.",
                    "Remove them from the added or the dropped capabilities.");
        }
        if (linux.sharedMemorySizeMiB() < 0) {
            report.add(Rule.LINUX_PARAMETERS, path + ".sharedMemorySizeMiB", "The shared memory size is "
                    + linux.sharedMemorySizeMiB() + " MiB; it cannot be negative.", "Use 0 for Docker's default.");
        }
        if (!s.task().requiresFargate()) {
            return;
        }
        Set<LinuxCapability> added = new TreeSet<>(linux.addCapabilities());
        added.remove(LinuxCapability.SYS_PTRACE);
        if (!added.isEmpty()) {
            report.add(Rule.FARGATE_UNSUPPORTED, path + ".addCapabilities", "The container adds the capabilities "
                            + Values.join(added) + "; tasks on Fargate may add only SYS_PTRACE.",
                    "Remove them, or run the task on EC2 (drop FARGATE from the task's compatibilities).");
        }
        if (linux.sharedMemorySizeMiB() > 0) {
            report.add(Rule.FARGATE_UNSUPPORTED, path + ".sharedMemorySizeMiB", "The container sets a shared memory"
                            + " size of " + linux.sharedMemorySizeMiB() + " MiB; Fargate does not support"
                            + " sharedMemorySize (/dev/shm keeps Docker's 64 MiB).",
                    "Remove it, or run the task on EC2 (drop FARGATE from the task's compatibilities).");
        }
    }

    private static void privileged(Report report, Service s, String path, Container c) {
        if (!c.privileged()) {
            return;
        }
        if (s.task().requiresFargate()) {
            report.add(Rule.FARGATE_UNSUPPORTED, path + ".privileged", "The container is privileged, but the task"
                            + " is Fargate-compatible; Fargate does not run privileged containers (a Fargate task has"
                            + " no host to be root on).",
                    "Remove privileged(true), add only the capability you need (SYS_PTRACE on Fargate), or run the"
                            + " task on EC2.");
        } else {
            report.add(Rule.PRIVILEGED_CONTAINER, path + ".privileged", "The container is privileged: it is root on"
                            + " its EC2 host, with every capability and access to the host's devices.",
                    "Add only the capabilities it needs with linuxParameters(l -> l.addCapabilities(...)), or"
                            + " acknowledge PRIVILEGED_CONTAINER.");
        }
    }

    private static void environmentFiles(Report report, String path, List<String> files) {
        if (files.size() > MAX_ENVIRONMENT_FILES) {
            report.add(Rule.ENVIRONMENT_FILE, path + ".environmentFiles", "The container lists " + files.size()
                            + " environment files; ECS reads at most " + MAX_ENVIRONMENT_FILES + ".",
                    "Merge some of the files.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            String at = Paths.indexed(path, "environmentFiles", i);
            if (!seen.add(file)) {
                report.add(Rule.ENVIRONMENT_FILE, at, "The environment file " + Values.quoted(file)
                        + " is listed twice.", "Remove the second one.");
                continue;
            }
            String key = objectKey(file);
            if (key == null) {
                report.add(Rule.ENVIRONMENT_FILE, at, "The environment file " + Values.quoted(file) + " is not the"
                                + " ARN of an S3 object (arn:aws:s3:::<bucket>/<key>); ECS reads environment files"
                                + " from S3, and the execution role is granted exactly that object and its bucket.",
                        "Give the object's ARN, e.g. arn:aws:s3:::shop-config/api.env (with a CDK bucket:"
                                + " bucket.getBucketArn() + \"/api.env\").");
            } else if (!Values.isToken(key) && !key.endsWith(".env")) {
                report.add(Rule.ENVIRONMENT_FILE, at, "The environment file " + Values.quoted(file) + " does not end"
                                + " in .env; ECS accepts only files with the .env extension.",
                        "Rename the object to end in .env.");
            }
        }
    }

    /** The key of an S3 object ARN (or of a bucket-ARN token followed by a key), or null when it is not one. */
    static String objectKey(String arn) {
        java.util.regex.Matcher m = S3_OBJECT_ARN.matcher(arn);
        return m.matches() ? m.group(2) : null;
    }
}
