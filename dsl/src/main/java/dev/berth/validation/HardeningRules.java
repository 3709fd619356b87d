package dev.berth.validation;

import dev.berth.Application;
import dev.berth.Hardening;
import dev.berth.compute.Cluster;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.compute.ContainerInsights;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.Scheme;
import dev.berth.network.NewVpc;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.storage.AccessPoint;
import dev.berth.storage.FileSystem;
import dev.berth.task.FireLens;
import dev.berth.task.LogRouter;
import dev.berth.task.Logging;
import dev.berth.task.NetworkMode;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a program under a security profile ({@link Application#hardening()}) must set itself, because Berth cannot
 * decide it: each rule names the AWS Control Tower proactive control it keeps (the public rule files
 * {@code rules/control-tower/cfn-guard/<service>/ct-*.guard} of {@code @cdklabs/cdk-validator-cfnguard}). A program
 * without a profile is never checked here.
 *
 * <ul>
 *   <li>{@code HARDENED_CONTAINER_USER}: a container runs as root or as the image's user (CT.ECS.PR.3); a FireLens
 *       log router always does, so the profile admits none.</li>
 *   <li>{@code HARDENED_READONLY_ROOT}: a container's root file system is writable (CT.ECS.PR.6).</li>
 *   <li>{@code HARDENED_CONTAINER_MEMORY}: a container has no hard memory limit and the profile cannot derive one
 *       (CT.ECS.PR.7).</li>
 *   <li>{@code HARDENED_LOGGING}: a container has no log configuration (CT.ECS.PR.5), or its group is created by the
 *       awslogs driver (no retention, no key: CT.CLOUDWATCH.PR.2, PR.3), or a log group is kept less than 365 days
 *       (CT.CLOUDWATCH.PR.2).</li>
 *   <li>{@code HARDENED_CONTAINER_INSIGHTS}: a cluster's Container Insights is not {@code enabled} (CT.ECS.PR.2).</li>
 *   <li>{@code HARDENED_TASK_SETTINGS}: a task not in the awsvpc mode (CT.ECS.PR.4), a privileged container
 *       (CT.ECS.PR.11), or AWS credentials in plain environment variables (CT.ECS.PR.12).</li>
 *   <li>{@code HARDENED_PUBLIC_IP}: a service gives its tasks public IPs (CT.ECS.PR.9).</li>
 *   <li>{@code HARDENED_HTTPS}: a load balancer without HTTPS, or whose HTTP listener does not redirect to it
 *       (CT.ELASTICLOADBALANCING.PR.1, PR.2).</li>
 *   <li>{@code HARDENED_ACCESS_LOGS}: a load balancer without access logs (CT.ELASTICLOADBALANCING.PR.6).</li>
 *   <li>{@code HARDENED_LISTENER_PORTS}: an internet-facing load balancer listens on a port other than 80 and 443,
 *       which its security group would open to the internet (CT.EC2.PR.3, PR.4).</li>
 *   <li>{@code HARDENED_FILE_SYSTEM}: an EFS file system without encryption at rest (CT.ELASTICFILESYSTEM.PR.1), or
 *       an access point without a root directory other than {@code /} or a POSIX user (PR.3, PR.4). Automatic
 *       backups (PR.2) are the profile's default, set by the planner.</li>
 * </ul>
 */
final class HardeningRules {

    /** Users CT.ECS.PR.3 treats as root: {@code 0}, {@code root}, and either with a group. */
    private static final Pattern ROOT_USER = Pattern.compile("(0|root)(:.*)?");
    /** Environment variables CT.ECS.PR.12 rejects: credentials belong in secrets or the task role. */
    private static final Set<String> CREDENTIAL_VARIABLES = Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "ECS_ENGINE_AUTH_DATA");

    private HardeningRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        if (app.hardening() == Hardening.NONE) {
            return report.diagnostics();
        }
        String profile = "Under the hardening profile " + app.hardening() + ", ";
        for (Cluster c : app.clusters()) {
            if (c.containerInsights() != ContainerInsights.ENABLED) {
                report.add(Rule.HARDENED_CONTAINER_INSIGHTS, Paths.cluster(c) + ".containerInsights",
                        profile + "Control Tower's CT.ECS.PR.2 requires the cluster setting containerInsights"
                                + " 'enabled'; it rejects " + c.containerInsights().settingValue()
                                + (c.containerInsights() == ContainerInsights.ENHANCED
                                ? " (which includes enabled's metrics, yet is another value)." : "."),
                        "Set c.containerInsights(ContainerInsights.ENABLED).");
            }
        }
        if (app.network() instanceof NewVpc vpc && vpc.flowLogs()
                && app.hardening().retentionDays(vpc.flowLogsRetentionDays(),
                NewVpc.DEFAULT_FLOW_LOGS_RETENTION_DAYS) < Hardening.MINIMUM_RETENTION_DAYS) {
            report.add(Rule.HARDENED_LOGGING, Paths.NETWORK + ".flowLogsRetentionDays", profile + "log groups are"
                            + " kept at least 365 days (CT.CLOUDWATCH.PR.2); the flow logs are kept "
                            + vpc.flowLogsRetentionDays() + " days.",
                    "Set flowLogsRetentionDays(365) or more, or leave it unset.");
        }
        for (Service s : app.services()) {
            service(report, profile, s);
        }
        for (LoadBalancer lb : app.loadBalancers()) {
            loadBalancer(report, profile, lb);
        }
        for (FileSystem fs : app.fileSystems()) {
            fileSystem(report, profile, fs);
        }
        return report.diagnostics();
    }

    private static void service(Report report, String profile, Service s) {
        if (s.assignPublicIp()) {
            report.add(Rule.HARDENED_PUBLIC_IP, Paths.service(s) + ".assignPublicIp", profile + "tasks get no public"
                            + " IP (CT.ECS.PR.9).",
                    "Remove assignPublicIp(true) and run the service in the private subnets; reach it through a"
                            + " load balancer.");
        }
        if (s.task().networkMode() != NetworkMode.AWSVPC) {
            report.add(Rule.HARDENED_TASK_SETTINGS, Paths.task(s) + ".networkMode", profile + "tasks use the awsvpc"
                            + " network mode (CT.ECS.PR.4); this one uses " + s.task().networkMode().value() + ".",
                    "Set t.networkMode(NetworkMode.AWSVPC).");
        }
        for (Container c : s.task().containers()) {
            container(report, profile, s, c);
        }
    }

    private static void container(Report report, String profile, Service s, Container c) {
        String path = Paths.container(s, c);
        if (c.logRouter().type() != LogRouter.Type.NONE) {
            // ECS rejects any UID but 0 on a FireLens container ("If 'user' field is specified on firelens container,
            // then 'UID' has to be '0'"), and ct-ecs-pr-3.guard checks every entry of ContainerDefinitions, with no
            // exemption for FirelensConfiguration: "User exists" and "User not in [0, "0", "root", /^0:.*$/,
            // /^root:.*$/]". A router cannot pass the control (aws/containers-roadmap#2122).
            report.add(Rule.HARDENED_CONTAINER_USER, path + ".logRouter", profile + "containers run as a non-root"
                            + " user (CT.ECS.PR.3, which checks every container definition); container " + c.name()
                            + " is a FireLens log router, which ECS runs as root (it rejects any other user on it),"
                            + " so no task under the profile can route its logs through FireLens.",
                    "Remove the log router and log with awslogs (the default: a log group Berth declares, encrypted"
                            + " and kept 365 days), or leave the hardened profile.");
        } else if (c.user().isEmpty() || ROOT_USER.matcher(c.user().toLowerCase(Locale.ROOT)).matches()) {
            report.add(Rule.HARDENED_CONTAINER_USER, path + ".user", profile + "containers run as a non-root user"
                            + " (CT.ECS.PR.3); container " + c.name() + (c.user().isEmpty()
                            ? " runs as its image's user, which Berth cannot see and which is often root."
                            : " runs as " + Values.quoted(c.user()) + "."),
                    "Set c.user(\"1000\") (or a user the image has, e.g. \"app\" or \"1000:1000\").");
        }
        if (!c.readonlyRootFilesystem()) {
            report.add(Rule.HARDENED_READONLY_ROOT, path + ".readonlyRootFilesystem", profile + "containers have a"
                            + " read-only root file system (CT.ECS.PR.6); Berth cannot know which folders "
                            + c.name() + " writes, so it does not set this itself.",
                    "Set c.readonlyRootFilesystem(true) and mount a task-scoped volume on each folder it writes,"
                            + " e.g. t.volume(Volume.bind(\"tmp\")) and c.mount(\"tmp\", \"/tmp\").");
        }
        if (c.memory() == 0 && Hardening.derivedMemoryLimit(s.task(), c) == 0) {
            report.add(Rule.HARDENED_CONTAINER_MEMORY, path + ".memory", profile + "every container has a hard"
                            + " memory limit (CT.ECS.PR.7). Berth gives one to a container with a memoryReservation,"
                            + " and to the only container without either limit (the task's memory less what the"
                            + " others reserve); container " + c.name() + " shares the task with other containers"
                            + " without limits, or nothing is left for it.",
                    "Set c.memory(MiB) (or c.memoryReservation(MiB)) on the containers of the task.");
        }
        if (c.privileged()) {
            report.add(Rule.HARDENED_TASK_SETTINGS, path + ".privileged", profile + "no container is privileged"
                    + " (CT.ECS.PR.11).", "Remove privileged(true); add the Linux capabilities it needs instead.");
        }
        for (String name : c.environment().keySet()) {
            if (CREDENTIAL_VARIABLES.contains(name)) {
                report.add(Rule.HARDENED_TASK_SETTINGS, path + ".environment[" + name + "]", profile + "no container"
                                + " has " + name + " in its plain environment (CT.ECS.PR.12).",
                        "Remove it: grant the task role what it needs instead, or read the value as a secret"
                                + " (c.secretFromSecretsManager).");
            }
        }
        Logging log = c.logging();
        if (!log.awslogs() && log.fireLens().output() == FireLens.Output.NONE) {
            report.add(Rule.HARDENED_LOGGING, path + ".logging", profile + "every container has a log configuration"
                    + " (CT.ECS.PR.5).", "Remove logging(Logging.NONE): the default sends the output to a log group"
                    + " Berth declares.");
        } else if (log.createGroup()) {
            report.add(Rule.HARDENED_LOGGING, path + ".logging.createGroup", profile + "log groups are declared with"
                            + " a retention and a KMS key (CT.CLOUDWATCH.PR.2, PR.3); a group the awslogs driver"
                            + " creates has neither.",
                    "Remove createGroup(true): Berth declares the group.");
        } else if (log.retentionDays() != Logging.NOT_SET && log.retentionDays() < Hardening.MINIMUM_RETENTION_DAYS) {
            report.add(Rule.HARDENED_LOGGING, path + ".logging.retentionDays", profile + "log groups are kept at"
                            + " least 365 days (CT.CLOUDWATCH.PR.2); this one is kept " + log.retentionDays() + " days.",
                    "Set retentionDays(365) or more, or leave it unset (365 under the profile).");
        }
    }

    private static void loadBalancer(Report report, String profile, LoadBalancer lb) {
        String path = Paths.loadBalancer(lb);
        if (lb.certificateArn().isEmpty()) {
            report.add(Rule.HARDENED_HTTPS, path + ".https", profile + "load balancers serve HTTPS with an ACM"
                            + " certificate and redirect HTTP to it (CT.ELASTICLOADBALANCING.PR.1, PR.2).",
                    "Set lb.https(\"arn:aws:acm:<region>:<account>:certificate/<id>\").");
        } else if (!lb.redirectHttpToHttps()) {
            report.add(Rule.HARDENED_HTTPS, path + ".redirectHttpToHttps", profile + "the HTTP listener redirects to"
                            + " HTTPS (CT.ELASTICLOADBALANCING.PR.1).",
                    "Remove redirectHttpToHttps(false).");
        }
        if (lb.accessLogsBucket().isEmpty()) {
            report.add(Rule.HARDENED_ACCESS_LOGS, path + ".accessLogs", profile + "load balancers write access logs"
                            + " (CT.ELASTICLOADBALANCING.PR.6); Berth does not create the bucket (its policy must"
                            + " let the region's Elastic Load Balancing account write).",
                    "Set lb.accessLogs(\"<bucket>\") to an S3 bucket in the load balancer's region.");
        }
        if (lb.scheme() == Scheme.INTERNET_FACING) {
            if (lb.httpPort() != 80) {
                report.add(Rule.HARDENED_LISTENER_PORTS, path + ".httpPort", listenerPort(profile, lb.httpPort()),
                        "Use port 80 for HTTP (or make the load balancer internal).");
            }
            if (!lb.certificateArn().isEmpty() && lb.httpsPort() != 443) {
                report.add(Rule.HARDENED_LISTENER_PORTS, path + ".httpsPort", listenerPort(profile, lb.httpsPort()),
                        "Use port 443 for HTTPS (or make the load balancer internal).");
            }
        }
    }

    private static void fileSystem(Report report, String profile, FileSystem fs) {
        String path = Paths.fileSystem(fs);
        if (!fs.encrypted()) {
            report.add(Rule.HARDENED_FILE_SYSTEM, path + ".encrypted", profile + "EFS file systems are encrypted at"
                    + " rest (CT.ELASTICFILESYSTEM.PR.1).", "Remove encrypted(false).");
        }
        for (AccessPoint ap : fs.accessPoints()) {
            if (ap.path().isEmpty() || ap.path().equals("/")) {
                report.add(Rule.HARDENED_FILE_SYSTEM, Paths.accessPoint(fs, ap) + ".path", profile + "an access"
                                + " point confines its clients to a directory other than the file system's root"
                                + " (CT.ELASTICFILESYSTEM.PR.3); access point " + ap.name() + " exposes '/'.",
                        "Set ap.path(\"/" + ap.name() + "\") (EFS creates it with the access point's creationInfo).");
            }
            if (!ap.posixUser().isPresent()) {
                report.add(Rule.HARDENED_FILE_SYSTEM, Paths.accessPoint(fs, ap) + ".posixUser", profile + "an"
                                + " access point enforces a POSIX user (CT.ELASTICFILESYSTEM.PR.4); access point "
                                + ap.name() + " lets each client act as its own user.",
                        "Set ap.posixUser(uid, gid): the user the containers that mount it run as.");
            }
        }
    }

    private static String listenerPort(String profile, int port) {
        return profile + "nothing but ports 80 and 443 is open to the internet (CT.EC2.PR.3, PR.4); the"
                + " internet-facing load balancer's security group would admit 0.0.0.0/0 on port " + port + ".";
    }
}
