package dev.berth.synth.rendering.compute;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.compute.ComputeResources.Cluster;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/** AWS::ECS::Cluster / aws_ecs_cluster, with the Container Insights setting. */
public final class ClusterRendering extends Rendering<Cluster> {

    private static final String CONTAINER_INSIGHTS = "containerInsights";

    public ClusterRendering() {
        super(Cluster.class, cfn("AWS::ECS::Cluster", "Cluster").ref(Attr.NAME).getAtt(Attr.ARN, "Arn"),
                tf("aws_ecs_cluster").attr(Attr.NAME, "name").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(Cluster r, Body p) {
        p.string("ClusterName", r.physicalNameGenerated() ? null : r.name())
                .objects("ClusterSettings", List.of(r.containerInsights()), (setting, value) -> setting
                        .string("Name", CONTAINER_INSIGHTS)
                        .string("Value", value));
        if (r.serviceConnectNamespace() != null) {
            p.object("ServiceConnectDefaults", defaults -> defaults.value("Namespace", r.serviceConnectNamespace()));
        }
        p.tags(r.tags());
    }

    @Override
    protected void terraform(Cluster r, Body b) {
        b.string("name", r.name())
                .objects("setting", List.of(r.containerInsights()), (setting, value) -> setting
                        .string("name", CONTAINER_INSIGHTS)
                        .string("value", value));
        if (r.serviceConnectNamespace() != null) {
            b.object("service_connect_defaults", defaults -> defaults.value("namespace", r.serviceConnectNamespace()));
        }
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        // No name key: CloudFormation names the cluster itself (physicalNameGenerated), Terraform needs a name.
        return List.of(Parity.sorted("tags", "Tags/*/Value", "tags/*"),
                Parity.value("insights", "ClusterSettings/0/Value", "setting/0/value"),
                Parity.value("serviceConnectNamespace", "ServiceConnectDefaults/Namespace",
                        "service_connect_defaults/namespace"));
    }
}
