package dev.berth.synth.rendering.servicediscovery;

import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.CloudMapService;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;
import dev.berth.synth.rendering.Rendering;

import java.util.List;

/**
 * AWS::ServiceDiscovery::Service / aws_service_discovery_service: a Cloud Map service of a private DNS namespace
 * with its DNS records and custom health check. CloudFormation takes the namespace at the top ({@code NamespaceId});
 * the provider inside {@code dns_config} (where it is required). CloudFormation's Ref is the service's ID; the ECS
 * service's registry takes the ARN.
 */
public final class CloudMapServiceRendering extends Rendering<CloudMapService> {

    public CloudMapServiceRendering() {
        super(CloudMapService.class, cfn("AWS::ServiceDiscovery::Service", "DiscoveryService").ref(Attr.ID)
                        .getAtt(Attr.ARN, "Arn"),
                tf("aws_service_discovery_service").attr(Attr.ID, "id").attr(Attr.ARN, "arn"));
    }

    @Override
    protected void cloudFormation(CloudMapService r, Body p) {
        p.string("Name", r.name()).string("Description", r.description()).value("NamespaceId", r.namespaceId())
                .object("DnsConfig", dns -> dns.string("RoutingPolicy", r.routingPolicy())
                        .requiredObjects("DnsRecords", List.of(r), (record, x) -> record
                                .string("Type", x.recordType()).integer("TTL", x.ttl())));
        if (r.customHealthCheckFailureThreshold() != null) {
            p.object("HealthCheckCustomConfig", hc -> hc.integer("FailureThreshold",
                    r.customHealthCheckFailureThreshold()));
        }
        p.tags(r.tags());
    }

    @Override
    protected void terraform(CloudMapService r, Body b) {
        b.string("name", r.name()).string("description", r.description())
                .object("dns_config", dns -> dns.value("namespace_id", r.namespaceId())
                        .string("routing_policy", r.routingPolicy())
                        .requiredObjects("dns_records", List.of(r), (record, x) -> record
                                .integer("ttl", x.ttl()).string("type", x.recordType())));
        if (r.customHealthCheckFailureThreshold() != null) {
            b.object("health_check_custom_config", hc -> hc.integer("failure_threshold",
                    r.customHealthCheckFailureThreshold()));
        }
        b.tags(r.tags());
    }

    @Override
    public List<Parity> parity() {
        return List.of(Parity.value("name", "Name", "name"),
                Parity.value("description", "Description", "description"),
                Parity.value("namespace", "NamespaceId", "dns_config/namespace_id"),
                Parity.value("routing", "DnsConfig/RoutingPolicy", "dns_config/routing_policy"),
                Parity.list("recordTypes", "DnsConfig/DnsRecords/*/Type", "dns_config/dns_records/*/type"),
                Parity.list("ttls", "DnsConfig/DnsRecords/*/TTL", "dns_config/dns_records/*/ttl"),
                Parity.value("failureThreshold", "HealthCheckCustomConfig/FailureThreshold",
                        "health_check_custom_config/failure_threshold"),
                Parity.sorted("tags", "Tags/*/Value", "tags/*"));
    }
}
