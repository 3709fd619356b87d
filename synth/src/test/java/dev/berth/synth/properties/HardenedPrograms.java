package dev.berth.synth.properties;

import dev.berth.Application;
import dev.berth.Hardening;
import dev.berth.compute.Cluster;
import dev.berth.compute.ContainerInsights;
import dev.berth.loadbalancing.LoadBalancer;
import dev.berth.loadbalancing.Scheme;
import dev.berth.network.NewVpc;
import dev.berth.network.SubnetSelection;
import dev.berth.service.Service;
import dev.berth.task.Container;
import dev.berth.task.Logging;
import dev.berth.task.MountPoint;
import dev.berth.task.TaskDefinition;
import dev.berth.task.Volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes a generated program one that {@code Hardening.CONTROL_TOWER} accepts, so that every property runs over
 * hardened programs too: what a hardened program must set itself (the {@code HARDENED_*} rules of
 * {@code HardeningRules}) is set here on the model, the rest (retention, KMS keys, backups, deletion protection) is
 * the profile's own default. The log kinds the profile rejects (FireLens, none, a driver-created group, a short
 * retention) are replaced in the spec before building ({@link ProgramSpec#forHardening()}), so that no log router is
 * generated.
 */
final class HardenedPrograms {

    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    static final String ACCESS_LOGS_BUCKET = "shop-alb-logs";
    /** The task-scoped volume mounted at /tmp, the folder a read-only container still writes. */
    static final String TMP_VOLUME = "hardened-tmp";
    static final String USER = "1000";
    /** The reservation a container gets when the profile cannot derive its memory limit. */
    static final int RESERVATION_MIB = 32;

    private HardenedPrograms() {
    }

    /** The builder calls {@link #harden} stands for, as the program prints them. */
    static final String DESCRIPTION = "  .hardening(Hardening.CONTROL_TOWER)   // and, where the program did not:"
            + " containerInsights ENABLED, private subnets without public IPs, every container user(\"" + USER
            + "\").readonlyRootFilesystem(true).mount(\"" + TMP_VOLUME + "\", \"/tmp\") (a bind volume) and a"
            + " memoryReservation(" + RESERVATION_MIB + ") where no limit is derived, every load balancer"
            + " https(certificate).redirectHttpToHttps(true).accessLogs(\"" + ACCESS_LOGS_BUCKET + "\") on ports"
            + " 80/443, flow logs kept 365 days";

    static Application harden(Application app) {
        Application.Builder b = Application.builder(app.name()).hardening(Hardening.CONTROL_TOWER)
                .network(network(app)).endpoints(app.endpoints());
        app.tags().forEach(b::tag);
        app.queues().forEach(b::queue);
        app.fileSystems().forEach(fs -> b.fileSystem(fs.toBuilder().encrypted(true).build()));
        app.clusters().forEach(c -> b.cluster(c.containerInsights() == ContainerInsights.ENABLED ? c
                : c.toBuilder().containerInsights(ContainerInsights.ENABLED).build()));
        app.loadBalancers().forEach(lb -> b.loadBalancer(loadBalancer(lb)));
        app.networkLoadBalancers().forEach(b::networkLoadBalancer);
        app.existingListeners().forEach(b::existingListener);
        app.services().forEach(s -> b.service(service(s)));
        return b.build();
    }

    private static dev.berth.network.Network network(Application app) {
        if (app.network() instanceof NewVpc v && v.flowLogs() && Hardening.CONTROL_TOWER.retentionDays(
                v.flowLogsRetentionDays(), NewVpc.DEFAULT_FLOW_LOGS_RETENTION_DAYS) < Hardening.MINIMUM_RETENTION_DAYS) {
            return v.toBuilder().flowLogsRetentionDays(Hardening.MINIMUM_RETENTION_DAYS).build();
        }
        return app.network();
    }

    private static LoadBalancer loadBalancer(LoadBalancer lb) {
        LoadBalancer.Builder b = lb.toBuilder().redirectHttpToHttps(true);
        if (lb.certificateArn().isEmpty()) {
            b.https(CERTIFICATE);
        }
        if (lb.accessLogsBucket().isEmpty()) {
            b.accessLogs(ACCESS_LOGS_BUCKET);
        }
        if (lb.scheme() == Scheme.INTERNET_FACING) {
            b.httpPort(80).httpsPort(443);
        }
        return b.build();
    }

    private static Service service(Service s) {
        Service.Builder b = s.toBuilder().task(task(s.task()));
        if (s.assignPublicIp()) {
            b.assignPublicIp(false).subnets(SubnetSelection.privateSubnets());
        }
        return b.build();
    }

    private static TaskDefinition task(TaskDefinition t) {
        List<Container> containers = new ArrayList<>();
        boolean tmp = false;
        for (Container c : t.containers()) {
            Container.Builder cb = c.toBuilder().readonlyRootFilesystem(true);
            if (c.user().isEmpty() || c.user().toLowerCase(Locale.ROOT).matches("(0|root)(:.*)?")) {
                cb.user(USER);
            }
            if (c.mountPoints().stream().map(MountPoint::containerPath).noneMatch("/tmp"::equals)) {
                cb.mount(TMP_VOLUME, "/tmp");
                tmp = true;
            }
            Logging log = c.logging();
            if (log.retentionDays() != Logging.NOT_SET && log.retentionDays() < Hardening.MINIMUM_RETENTION_DAYS) {
                cb.logging(log.toBuilder().retentionDays(Hardening.MINIMUM_RETENTION_DAYS).build());
            }
            containers.add(cb.build());
        }
        // a limit for each container the profile cannot derive one for (only one may go without)
        TaskDefinition draft = rebuild(t, containers, t.volumes());
        for (int i = 0; i < containers.size(); i++) {
            Container c = containers.get(i);
            if (c.memory() == 0 && c.memoryReservation() == 0 && Hardening.derivedMemoryLimit(draft, c) == 0) {
                containers.set(i, c.toBuilder().memoryReservation(RESERVATION_MIB).build());
            }
        }
        List<Volume> volumes = new ArrayList<>(t.volumes());
        if (tmp) {
            volumes.add(Volume.bind(TMP_VOLUME));
        }
        return rebuild(t, containers, volumes);
    }

    private static TaskDefinition rebuild(TaskDefinition t, List<Container> containers, List<Volume> volumes) {
        return new TaskDefinition(t.family(), t.cpu(), t.memory(), t.networkMode(), t.compatibilities(),
                t.cpuArchitecture(), containers, t.executionRoleArn(), t.taskRoleArn(), t.grants(),
                t.ephemeralStorageGiB(), volumes);
    }
}
