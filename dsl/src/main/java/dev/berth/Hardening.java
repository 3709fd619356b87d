package dev.berth;

import dev.berth.task.Container;
import dev.berth.task.TaskDefinition;

/**
 * A security profile a program opts into ({@link Application.Builder#hardening(Hardening)}). Berth's defaults are
 * secure where that costs nothing (private subnets, scoped IAM statements, TLS 1.2+ listeners); a profile goes further
 * where that needs the program's cooperation or costs money, and turns what it cannot set itself into errors that say
 * what to set.
 */
public enum Hardening {
    /** No profile: Berth's defaults. */
    NONE,
    /**
     * The AWS Control Tower proactive controls for ECS, Elastic Load Balancing, CloudWatch Logs, EC2/VPC, IAM,
     * KMS and EFS: a program under this profile passes each control that applies to what Berth creates (the
     * controls' rules are public: {@code rules/control-tower/cfn-guard/<service>/ct-*.guard} in the npm package
     * {@code @cdklabs/cdk-validator-cfnguard}). What the profile sets itself:
     * <ul>
     *   <li>log groups are kept at least 365 days (CT.CLOUDWATCH.PR.2): the default retention becomes 365, for the
     *       containers' groups and the VPC flow logs';</li>
     *   <li>log groups without a key of the program's are encrypted with a customer managed KMS key Berth creates
     *       (CT.CLOUDWATCH.PR.3), with rotation (CT.KMS.PR.1), a key policy that lets the CloudWatch Logs service of
     *       the region use it for this account's log groups only, and a statement that denies grants to anything but
     *       AWS services (CT.KMS.PR.3);</li>
     *   <li>a container without a hard memory limit gets one (CT.ECS.PR.7) when the task's memory tells it
     *       ({@link #derivedMemoryLimit(TaskDefinition, Container)});</li>
     *   <li>load balancers have deletion protection (CT.ELASTICLOADBALANCING.PR.5): turn it off on the console or
     *       with the CLI before deleting the stack;</li>
     *   <li>EFS file systems have automatic backups by AWS Backup (CT.ELASTICFILESYSTEM.PR.2);</li>
     *   <li>Service Connect's proxy logs go to a log group of the program's, kept and encrypted like the others.</li>
     * </ul>
     * What the program must set, each an error under this profile: a non-root {@code user} on every container
     * (CT.ECS.PR.3: Berth cannot know which users an image has), a read-only root file system (CT.ECS.PR.6: Berth
     * cannot know which folders the application writes; mount a bind volume on each), container memory where it
     * cannot be derived (CT.ECS.PR.7), a log configuration and declared log groups (CT.ECS.PR.5, CT.CLOUDWATCH.PR.2),
     * no retention below 365 days, Container Insights {@code ENABLED} (CT.ECS.PR.2 accepts neither
     * {@code DISABLED} nor {@code ENHANCED}), the awsvpc network mode (CT.ECS.PR.4), no privileged containers
     * (CT.ECS.PR.11), no AWS credentials in plain environment variables (CT.ECS.PR.12), no public IP on tasks
     * (CT.ECS.PR.9), HTTPS with the HTTP listener redirecting to it (CT.ELASTICLOADBALANCING.PR.1 and PR.2),
     * access logs on every load balancer (CT.ELASTICLOADBALANCING.PR.6), internet-facing listeners on ports 80
     * and 443 only (CT.EC2.PR.3 and PR.4 admit nothing else from anywhere), encrypted EFS file systems
     * (CT.ELASTICFILESYSTEM.PR.1) whose access points enforce a root directory other than {@code /} and a POSIX
     * user (PR.3, PR.4), and no FireLens log router: ECS runs it as root (it rejects any other user on it), and
     * CT.ECS.PR.3 checks every container definition, with no exception for log routers.
     */
    CONTROL_TOWER;

    /** The retention the profile keeps log groups at least: one year (CT.CLOUDWATCH.PR.2). */
    public static final int MINIMUM_RETENTION_DAYS = 365;

    /**
     * Whether this is a profile at all.
     *
     * @return true for every profile but {@link #NONE}
     */
    public boolean hardened() {
        return this != NONE;
    }

    /**
     * A log group's retention under this profile: the one given, else the usual default, raised to
     * {@link #MINIMUM_RETENTION_DAYS} under {@link #CONTROL_TOWER}.
     *
     * @param given          the retention the program set; 0 when it set none
     * @param defaultDays    the default without a profile, e.g. 30
     * @return the retention in days
     */
    public int retentionDays(int given, int defaultDays) {
        if (given > 0) {
            return given;
        }
        return hardened() ? Math.max(defaultDays, MINIMUM_RETENTION_DAYS) : defaultDays;
    }

    /**
     * The hard memory limit the profile gives a container that has none (CT.ECS.PR.7 requires one on each). A
     * container with a soft limit ({@code memoryReservation}) gets the task's memory: the reservation already counts
     * against the task. The one container of the task with neither gets the task's memory less what the others
     * reserve (their reservation, else their hard limit), so the reservations still fit the task as ECS requires.
     *
     * @param task      the container's task
     * @param container a container of {@code task}
     * @return the derived limit in MiB; 0 when the container has a limit already, when several containers have
     *     neither limit (the program must set them), or when nothing is left for it
     */
    public static int derivedMemoryLimit(TaskDefinition task, Container container) {
        if (container.memory() > 0) {
            return 0;
        }
        if (container.memoryReservation() > 0) {
            return task.memory();
        }
        int reservedByOthers = 0;
        for (Container other : task.containers()) {
            if (other.name().equals(container.name())) {
                continue;
            }
            int reserved = other.memoryReservation() > 0 ? other.memoryReservation() : other.memory();
            if (reserved == 0) {
                return 0;
            }
            reservedByOthers += reserved;
        }
        int left = task.memory() - reservedByOthers;
        return left >= MINIMUM_CONTAINER_MEMORY ? left : 0;
    }

    /** Docker's smallest hard memory limit, in MiB. */
    private static final int MINIMUM_CONTAINER_MEMORY = 6;
}
