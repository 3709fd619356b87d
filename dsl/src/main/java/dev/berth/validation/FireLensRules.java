package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.FireLens;
import dev.berth.task.Logging;
import dev.berth.task.MountPoint;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Log routing with FireLens: a log router container and the containers that send their logs to it. Sources: Amazon
 * ECS Developer Guide, "Custom log routing" (considerations) and "Example Amazon ECS task definition: Route logs to
 * FireLens"; the ECS API's rejections quoted in the messages; the Fluent Bit manual's AWS outputs.
 *
 * <ul>
 *   <li>{@code LOG_ROUTER}: a second router in a task; a router no container sends logs to (ECS: "When a
 *   firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log
 *   driver"); a router that sends its own logs to FireLens; a router run as a user other than root (ECS: "If 'user'
 *   field is specified on firelens container, then 'UID' has to be '0'"); a configuration file that is not an
 *   absolute path or is the path ECS writes the generated configuration to; the S3 output with a read-only router
 *   and no volume at /tmp (the output buffers in /tmp/fluent-bit/s3). (Waiting for an essential router to COMPLETE
 *   is DEPENDENCY_CONDITION_ESSENTIAL.)</li>
 *   <li>{@code FIRELENS_WITHOUT_ROUTER}: a container sends its logs to FireLens in a task without router (ECS: "When
 *   awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in
 *   one of the containers").</li>
 *   <li>{@code FIRELENS_OUTPUT}: an invalid delivery stream name, bucket name or key prefix; FireLens together with
 *   awslogs (a container has one log driver).</li>
 *   <li>{@code LOG_ROUTER_NOT_ESSENTIAL} (warning): AWS recommends an essential router: a stopped router drops the
 *   logs of a task that runs on.</li>
 * </ul>
 */
final class FireLensRules {

    /** Firehose delivery stream names (Amazon Data Firehose API Reference, CreateDeliveryStream). */
    private static final Pattern DELIVERY_STREAM = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
    /** Characters S3 calls safe in object keys, so the prefix needs no escaping in an IAM ARN or a key format. */
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-zA-Z0-9!_.*'()=/-]{0,512}");
    private static final Set<String> RESERVED_CONFIG_FILES = Set.of("/fluent-bit/etc/fluent-bit.conf",
            "/fluentd/etc/fluent.conf");
    private static final Pattern ROOT = Pattern.compile("(0|root)(:.*)?");

    private FireLensRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            List<Container> routers = s.task().containers().stream().filter(c -> c.logRouter().isPresent()).toList();
            List<Container> routed = s.task().containers().stream()
                    .filter(c -> c.logging().fireLens().isPresent()).toList();
            for (Container c : routed) {
                output(report, s, c);
            }
            if (routers.isEmpty()) {
                for (Container c : routed) {
                    report.add(Rule.FIRELENS_WITHOUT_ROUTER, Paths.container(s, c) + ".logging",
                            "Container " + c.name() + " sends its logs to FireLens, but the task has no log router;"
                                    + " ECS rejects the task definition (\"When awsfirelens log driver is specified"
                                    + " in log configuration, a firelens configuration object must be configured in"
                                    + " one of the containers\").",
                            "Add the router with logRouter() on the task, or log with awslogs.");
                }
                continue;
            }
            for (int i = 1; i < routers.size(); i++) {
                report.add(Rule.LOG_ROUTER, Paths.container(s, routers.get(i)) + ".logRouter", "The task has more"
                                + " than one log router (" + routers.get(0).name() + " and " + routers.get(i).name()
                                + "); FireLens routes a task's logs through one.",
                        "Keep one router; a Fluent Bit configuration file can send to several outputs.");
            }
            Container router = routers.get(0);
            router(report, s, router, routed);
        }
        return report.diagnostics();
    }

    private static void router(Report report, Service s, Container router, List<Container> routed) {
        String path = Paths.container(s, router);
        if (routed.isEmpty()) {
            report.add(Rule.LOG_ROUTER, path + ".logRouter", "The log router " + router.name() + " receives no logs:"
                            + " no container sends its logs to FireLens, and ECS rejects the task definition (\"When a"
                            + " firelensConfiguration object is specified, at least one container has to be configured"
                            + " with the awsfirelens log driver\").",
                    "Set logging(Logging.fireLens(...)) on a container to send its logs to the router, or remove the"
                            + " router.");
        }
        if (router.logging().fireLens().isPresent()) {
            report.add(Rule.LOG_ROUTER, path + ".logging", "The log router " + router.name() + " sends its own logs"
                            + " to FireLens, that is to itself: when it fails, the reason is lost with its logs.",
                    "Leave the router on awslogs (the default), or set Logging.NONE on it.");
        }
        if (!router.user().isEmpty() && !ROOT.matcher(router.user()).matches()) {
            report.add(Rule.LOG_ROUTER, path + ".user", "The log router runs as " + Values.quoted(router.user())
                            + ", but FireLens runs its router as root; ECS rejects it (\"If 'user' field is specified"
                            + " on firelens container, then 'UID' has to be '0'\").",
                    "Remove the user (Berth writes \"0\").");
        }
        String file = router.logRouter().configFile();
        if (!file.isEmpty() && (!file.startsWith("/") || RESERVED_CONFIG_FILES.contains(file))) {
            report.add(Rule.LOG_ROUTER, path + ".logRouter.configFile", "The configuration file "
                            + Values.quoted(file) + (file.startsWith("/") ? " is where ECS writes the generated"
                            + " configuration." : " is not an absolute path in the router's file system."),
                    "Give the absolute path of your file in the image or on a mounted volume, e.g."
                            + " /fluent-bit/etc/extra.conf.");
        }
        boolean s3 = routed.stream().anyMatch(c -> c.logging().fireLens().output() == FireLens.Output.S3);
        if (s3 && router.readonlyRootFilesystem() && router.mountPoints().stream().map(MountPoint::containerPath)
                .noneMatch(p -> p.equals("/tmp") || p.equals("/tmp/fluent-bit") || p.equals("/tmp/fluent-bit/s3"))) {
            report.add(Rule.LOG_ROUTER, path + ".readonlyRootFilesystem", "The log router's root file system is"
                            + " read-only, but Fluent Bit's S3 output buffers files in /tmp/fluent-bit/s3 before it"
                            + " uploads them: nothing would reach the bucket.",
                    "Add a task volume mounted at /tmp in the router (volume(Volume.bind(\"router-tmp\")) and"
                            + " mount(\"router-tmp\", \"/tmp\")), or leave its root file system writable.");
        }
        if (!router.essential()) {
            report.add(Rule.LOG_ROUTER_NOT_ESSENTIAL, path + ".essential", "The log router " + router.name()
                            + " is not essential: when it stops, the task runs on and its containers' logs are lost."
                            + " AWS recommends an essential router.",
                    "Leave it essential (the default), or acknowledge this warning.");
        }
    }

    private static void output(Report report, Service s, Container c) {
        String path = Paths.container(s, c) + ".logging";
        Logging logging = c.logging();
        FireLens f = logging.fireLens();
        if (logging.awslogs()) {
            report.add(Rule.FIRELENS_OUTPUT, path + ".awslogs", "Container " + c.name() + " asks for both awslogs"
                            + " and FireLens, but a container has one log driver.",
                    "Remove awslogs(true): fireLens(...) replaces it.");
        }
        switch (f.output()) {
            case KINESIS_FIREHOSE -> {
                if (!Values.matchesOrToken(DELIVERY_STREAM, f.destination())) {
                    report.add(Rule.FIRELENS_OUTPUT, path + ".fireLens", "The delivery stream "
                                    + Values.quoted(f.destination()) + " is not a Firehose stream name (1 to 64"
                                    + " letters, digits, hyphens, underscores and dots).",
                            "Give the stream's name (not its ARN).");
                }
            }
            case S3 -> {
                if (!IamRules.isBucketName(f.destination())) {
                    report.add(Rule.FIRELENS_OUTPUT, path + ".fireLens", "The bucket " + Values.quoted(f.destination())
                                    + " is not a valid S3 bucket name (3-63 lower-case letters, digits, dots and"
                                    + " hyphens, starting and ending with a letter or digit).",
                            "Give the bucket's name (not its ARN).");
                }
                String prefix = f.keyPrefix();
                if (!KEY_PREFIX.matcher(prefix).matches() || prefix.startsWith("/")) {
                    report.add(Rule.FIRELENS_OUTPUT, path + ".fireLens", "The key prefix " + Values.quoted(prefix)
                                    + " starts with / or has characters outside S3's safe set (letters, digits and"
                                    + " / ! - _ . * ' ( ) =), or more than 512.",
                            "Use a prefix such as logs/api/.");
                }
            }
            default -> {
            }
        }
    }
}
