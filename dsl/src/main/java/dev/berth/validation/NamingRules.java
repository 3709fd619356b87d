package dev.berth.validation;

import dev.berth.Application;
import dev.berth.compute.Cluster;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.Secret;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Names are identities: logical IDs, Terraform addresses and AWS resource names derive from them.
 *
 * <ul>
 *   <li>{@code INVALID_NAME}: an application, cluster, service, load balancer, file system, access point,
 *       container, task family, volume,
 *       image parameter, variable name or Docker label key is not in its valid form.</li>
 *   <li>{@code DUPLICATE_NAME}: two clusters, services, load balancers, file systems, access points of one file
 *       system, containers of one task, volumes of one
 *       task, or deploy-time image parameters share a name.</li>
 *   <li>{@code TAG_INVALID}: a tag key is empty, longer than 128, uses the reserved {@code aws:} prefix or other
 *       characters than AWS allows, or a value is longer than 256; or there are more than 50 tags.</li>
 * </ul>
 */
final class NamingRules {

    /** Lower-case letters, digits and single hyphens, starting with a letter, not ending with a hyphen, up to 32. */
    static final Pattern RESOURCE_NAME = Pattern.compile("[a-z](?:[a-z0-9]|-(?!-))*");
    static final Pattern CONTAINER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,254}");
    static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    static final Pattern VARIABLE_NAME = Pattern.compile("[^=\\s]+");
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final int MAX_TAGS = 50;

    private NamingRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        resourceName(report, Paths.APPLICATION, "application", app.name(),
                "It names the CloudFormation stack and the Terraform module.");
        app.clusters().forEach(c -> resourceName(report, Paths.cluster(c), "cluster", c.name(),
                "It names the ECS cluster and its logical ID."));
        app.services().forEach(s -> resourceName(report, Paths.service(s), "service", s.name(),
                "It names the ECS service, its roles, log group and logical IDs."));
        app.loadBalancers().forEach(lb -> resourceName(report, Paths.loadBalancer(lb), "load balancer", lb.name(),
                "Elastic Load Balancing allows letters, digits and hyphens only, up to 32 characters."));

        duplicates(report, app.clusters(), Cluster::name, Paths::cluster, "cluster");
        duplicates(report, app.services(), Service::name, Paths::service, "service");
        app.networkLoadBalancers().forEach(lb -> resourceName(report, Paths.networkLoadBalancer(lb),
                "load balancer", lb.name(),
                "Elastic Load Balancing allows letters, digits and hyphens only, up to 32 characters."));
        app.existingListeners().forEach(l -> resourceName(report, Paths.existingListener(l), "listener", l.name(),
                "Exposures name it, and it names the security group rules of its services."));
        // Exposures name load balancers and existing listeners alike: one name space.
        List<String[]> balancers = new java.util.ArrayList<>();
        app.loadBalancers().forEach(lb -> balancers.add(new String[] {lb.name(), Paths.loadBalancer(lb)}));
        app.networkLoadBalancers().forEach(lb -> balancers.add(new String[] {lb.name(),
                Paths.networkLoadBalancer(lb)}));
        app.existingListeners().forEach(l -> balancers.add(new String[] {l.name(), Paths.existingListener(l)}));
        duplicates(report, balancers, b -> b[0], b -> b[1], "load balancer");
        app.queues().forEach(q -> resourceName(report, Paths.queue(q), "queue", q.name(),
                "It names the SQS queue <application>-<name> and its dead-letter queue <name>-dlq."));
        duplicates(report, app.queues(), dev.berth.messaging.Queue::name, Paths::queue, "queue");
        for (dev.berth.storage.FileSystem fs : app.fileSystems()) {
            resourceName(report, Paths.fileSystem(fs), "file system", fs.name(),
                    "It names the file system's logical IDs and its Name tag.");
            fs.accessPoints().forEach(ap -> resourceName(report, Paths.accessPoint(fs, ap), "access point", ap.name(),
                    "It names the access point's logical ID and its Name tag."));
            duplicates(report, fs.accessPoints(), dev.berth.storage.AccessPoint::name, ap -> Paths.accessPoint(fs, ap),
                    "access point");
        }
        duplicates(report, app.fileSystems(), dev.berth.storage.FileSystem::name, Paths::fileSystem, "file system");

        Map<String, String> parameterOwners = new HashMap<>();
        for (Service s : app.services()) {
            taskNames(report, s);
            for (Container c : s.task().containers()) {
                imageParameter(report, s, c, parameterOwners);
            }
        }
        tags(report, app.tags());
        return report.diagnostics();
    }

    private static void resourceName(Report report, String path, String kind, String name, String why) {
        if (name.isEmpty()) {
            report.add(Rule.INVALID_NAME, path, "The " + kind + " has no name. " + why,
                    "Give it a name of lower-case letters, digits and hyphens, e.g. 'web'.");
            return;
        }
        if (name.length() > 32 || !RESOURCE_NAME.matcher(name).matches() || name.endsWith("-")) {
            report.add(Rule.INVALID_NAME, path, "The " + kind + " name " + Values.quoted(name)
                            + " is not valid: it must start with a lower-case letter, contain only lower-case letters,"
                            + " digits and single hyphens, not end with a hyphen, and be at most 32 characters. " + why,
                    "Rename it, e.g. to " + Values.quoted(suggest(name)) + ".");
        }
    }

    /** A name in the valid form, close to {@code name}. */
    static String suggest(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+", "-");
        s = s.replaceAll("^[^a-z]+", "");
        if (s.length() > 32) {
            s = s.substring(0, 32);
        }
        s = s.replaceAll("-+$", "");
        return s.isEmpty() ? "app" : s;
    }

    private static <T> void duplicates(Report report, List<T> items, Function<T, String> name,
                                       Function<T, String> path, String kind) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String n = name.apply(item);
            if (!n.isEmpty() && !seen.add(n)) {
                report.add(Rule.DUPLICATE_NAME, path.apply(item), "There are two " + kind + "s named "
                                + Values.quoted(n) + ". Berth derives logical IDs and AWS names from the name, so it"
                                + " must be unique.",
                        "Rename one of them or remove the duplicate.");
            }
        }
    }

    private static void taskNames(Report report, Service s) {
        String family = s.task().family();
        if (!family.isEmpty() && !FAMILY.matcher(family).matches()) {
            report.add(Rule.INVALID_NAME, Paths.task(s) + ".family", "The task definition family "
                            + Values.quoted(family) + " is not valid: ECS allows up to 255 letters, digits,"
                            + " hyphens and underscores.",
                    "Change the family, or leave it empty for the default <application>-<service>.");
        }
        Set<String> volumeNames = new HashSet<>();
        for (int i = 0; i < s.task().volumes().size(); i++) {
            String name = s.task().volumes().get(i).name();
            String path = Paths.indexed(Paths.task(s), "volumes", i);
            if (!FAMILY.matcher(name).matches()) {
                report.add(Rule.INVALID_NAME, path, "The volume name " + Values.quoted(name) + " is not valid: ECS"
                                + " allows up to 255 letters, digits, hyphens and underscores.",
                        "Rename the volume, e.g. 'scratch'.");
            } else if (!volumeNames.add(name)) {
                report.add(Rule.DUPLICATE_NAME, path, "The task has two volumes named " + Values.quoted(name)
                        + "; mount points name volumes, so names are unique in a task.", "Rename one of them.");
            }
        }
        Set<String> containerNames = new HashSet<>();
        for (Container c : s.task().containers()) {
            String path = Paths.container(s, c);
            if (!CONTAINER_NAME.matcher(c.name()).matches()) {
                report.add(Rule.INVALID_NAME, path, "The container name " + Values.quoted(c.name())
                                + " is not valid: ECS allows up to 255 letters, digits, hyphens and underscores,"
                                + " starting with a letter or digit.",
                        "Rename the container, e.g. 'app'.");
            }
            if (!c.name().isEmpty() && !containerNames.add(c.name())) {
                report.add(Rule.DUPLICATE_NAME, path, "The task has two containers named " + Values.quoted(c.name())
                                + ". ECS requires container names to be unique within a task definition.",
                        "Rename one of the containers.");
            }
            c.environment().forEach((name, value) -> variableName(report, path + ".environment[" + name + "]",
                    name));
            c.dockerLabels().keySet().stream().filter(String::isBlank).findFirst().ifPresent(key -> report.add(
                    Rule.INVALID_NAME, path + ".dockerLabels", "A Docker label has an empty key.",
                    "Give the label a key, e.g. com.example.team."));
            List<Secret> secrets = c.secrets();
            for (int i = 0; i < secrets.size(); i++) {
                variableName(report, Paths.indexed(path, "secrets", i), secrets.get(i).name());
            }
        }
    }

    private static void variableName(Report report, String path, String name) {
        if (name == null || !VARIABLE_NAME.matcher(name).matches()) {
            report.add(Rule.INVALID_NAME, path, "The environment variable name " + Values.quoted(String.valueOf(name))
                            + " is not valid: it must be non-empty without '=' or whitespace.",
                    "Use a name such as DATABASE_URL.");
        }
    }

    private static void imageParameter(Report report, Service s, Container c, Map<String, String> owners) {
        String parameter = c.image().parameterName();
        if (parameter.isEmpty()) {
            return;
        }
        String path = Paths.container(s, c) + ".image";
        if (!PARAMETER_NAME.matcher(parameter).matches()) {
            report.add(Rule.INVALID_NAME, path, "The deploy-time image parameter " + Values.quoted(parameter)
                            + " is not valid: it becomes a CloudFormation parameter and a Terraform variable, so it"
                            + " must be lower-case letters, digits and hyphens, starting with a letter.",
                    "Rename it, e.g. to " + Values.quoted(suggest(parameter)) + ".");
        }
        String owner = owners.putIfAbsent(parameter, path);
        if (owner != null) {
            report.add(Rule.DUPLICATE_NAME, path, "The deploy-time image parameter " + Values.quoted(parameter)
                            + " is also used by " + owner + ". Each parameter is one input of the stack and module.",
                    "Give each image its own parameter name, e.g. '<service>-image-tag'.");
        }
    }

    private static void tags(Report report, Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            report.add(Rule.TAG_INVALID, "tags", "The program has " + tags.size() + " tags; AWS allows at most "
                    + MAX_TAGS + " tags per resource.", "Remove tags until there are at most " + MAX_TAGS + ".");
        }
        tags.forEach((key, value) -> {
            String path = "tags[" + key + "]";
            if (key.isEmpty() || key.length() > 128 || !TAG_TEXT.matcher(key).matches()) {
                report.add(Rule.TAG_INVALID, path, "The tag key " + Values.quoted(key) + " is not valid: AWS"
                                + " allows 1 to 128 letters, digits, spaces and _ . : / = + - @.",
                        "Change the key.");
            } else if (key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                report.add(Rule.TAG_INVALID, path, "The tag key " + Values.quoted(key) + " uses the prefix aws:,"
                        + " which AWS reserves for its own tags.", "Remove the aws: prefix.");
            }
            if (value == null || value.length() > 256 || !TAG_TEXT.matcher(value).matches()) {
                report.add(Rule.TAG_INVALID, path, "The value of tag " + Values.quoted(key) + " is not valid: AWS"
                                + " allows up to 256 letters, digits, spaces and _ . : / = + - @.",
                        "Shorten or change the value.");
            }
        });
    }
}
