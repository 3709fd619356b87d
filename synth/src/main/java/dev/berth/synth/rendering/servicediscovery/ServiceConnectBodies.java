package dev.berth.synth.rendering.servicediscovery;

import dev.berth.synth.plan.servicediscovery.ServiceDiscoveryResources.ServiceConnectConfiguration;
import dev.berth.synth.rendering.Body;
import dev.berth.synth.rendering.Parity;

import java.util.List;

/**
 * A service's Service Connect configuration in both targets' spelling, for {@code ServiceRendering}:
 * {@code ServiceConnectConfiguration} (AWS::ECS::Service; Enabled, Namespace, Services[PortName, DiscoveryName,
 * ClientAliases[Port, DnsName]], LogConfiguration[LogDriver, Options]) and {@code service_connect_configuration}
 * (aws_ecs_service; enabled, namespace, service[port_name, discovery_name, client_alias[port, dns_name]],
 * log_configuration[log_driver, options]).
 */
public final class ServiceConnectBodies {

    private ServiceConnectBodies() {
    }

    /** Writes the configuration into a service's properties; nothing when it is null. */
    public static void cloudFormation(ServiceConnectConfiguration c, Body p) {
        if (c == null) {
            return;
        }
        p.object("ServiceConnectConfiguration", sc -> {
            sc.bool("Enabled", true).value("Namespace", c.namespace())
                    .objects("Services", c.services(), (service, s) -> service
                            .string("PortName", s.portName())
                            .string("DiscoveryName", s.discoveryName())
                            .objects("ClientAliases", s.clientAliases(), (alias, a) -> alias
                                    .integer("Port", a.port())
                                    .string("DnsName", a.dnsName())));
            if (c.logging() != null) {
                sc.object("LogConfiguration", log -> log.string("LogDriver", c.logging().driver())
                        .valueMap("Options", c.logging().options()));
            }
        });
    }

    /** Writes the configuration into a service's block; nothing when it is null. */
    public static void terraform(ServiceConnectConfiguration c, Body b) {
        if (c == null) {
            return;
        }
        b.object("service_connect_configuration", sc -> {
            sc.bool("enabled", true).value("namespace", c.namespace())
                    .objects("service", c.services(), (service, s) -> service
                            .string("port_name", s.portName())
                            .string("discovery_name", s.discoveryName())
                            .objects("client_alias", s.clientAliases(), (alias, a) -> alias
                                    .integer("port", a.port())
                                    .string("dns_name", a.dnsName())));
            if (c.logging() != null) {
                sc.object("log_configuration", log -> log.string("log_driver", c.logging().driver())
                        .valueMap("options", c.logging().options()));
            }
        });
    }

    /** What both targets must agree on. */
    public static List<Parity> parity() {
        return List.of(Parity.value("serviceConnectNamespace", "ServiceConnectConfiguration/Namespace",
                        "service_connect_configuration/namespace"),
                Parity.list("serviceConnectPorts", "ServiceConnectConfiguration/Services/*/PortName",
                        "service_connect_configuration/service/*/port_name"),
                Parity.list("serviceConnectDiscoveryNames", "ServiceConnectConfiguration/Services/*/DiscoveryName",
                        "service_connect_configuration/service/*/discovery_name"),
                Parity.list("serviceConnectAliases", "ServiceConnectConfiguration/Services/*/ClientAliases/*/DnsName",
                        "service_connect_configuration/service/*/client_alias/*/dns_name"),
                Parity.list("serviceConnectAliasPorts", "ServiceConnectConfiguration/Services/*/ClientAliases/*/Port",
                        "service_connect_configuration/service/*/client_alias/*/port"),
                Parity.entries("serviceConnectLogs", "ServiceConnectConfiguration/LogConfiguration/Options",
                        "service_connect_configuration/log_configuration/options"));
    }
}
