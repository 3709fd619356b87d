package dev.berth.network;

import java.util.Objects;

/**
 * Outbound traffic a service's tasks need besides HTTPS (their security group allows only outbound HTTPS unless
 * {@code allowAllOutbound(true)}): to an IPv4 range, a security group, a managed prefix list, or another service
 * of the program. The plan turns each into egress rules on the tasks' security group, and, for a service of the
 * program, the matching ingress on that service's side: its internal load balancer's security group when it is
 * exposed through an internal load balancer, else its tasks' security group.
 *
 * <pre>{@code
 * s.egressTo(Egress.toSecurityGroup("sg-0123456789abcdef0", 5432))   // a database's security group
 *  .egressTo(Egress.toCidr("10.50.0.0/16", 6379))                    // a cache in a peered VPC
 *  .egressTo(Egress.toService("invoices"))                           // a sibling, on the ports it listens on
 * }</pre>
 *
 * @param destination what the traffic goes to
 * @param target      the IPv4 CIDR, security group ID ({@code sg-...}), prefix list ID ({@code pl-...}) or service
 *                    name; IDs may be CDK tokens
 * @param protocol    Default: TCP.
 * @param fromPort    first port; {@link #DERIVED} (only for a service) when the plan takes the ports the service
 *                    listens on: its internal load balancer's listener ports when exposed through one, else its
 *                    exposed container port, else its port mappings. Ignored with {@link IpProtocol#ALL}. Valid:
 *                    1-65535.
 * @param toPort      last port; {@link #DERIVED} with {@code fromPort}. Valid: {@code fromPort}-65535.
 * @param description the rules' description. Default: empty, which the plan turns into one naming the destination.
 *                    Valid: up to 255 of the characters AWS allows (letters, digits, spaces and ._-:/()#,@[]+=;{}!$*).
 */
public record Egress(Destination destination, String target, IpProtocol protocol, int fromPort, int toPort,
                     String description) {

    /** The ports of a service destination when the program gives none: the plan derives them. */
    public static final int DERIVED = -1;

    /** What the traffic goes to. */
    public enum Destination {
        /** An IPv4 range, e.g. {@code 10.50.0.0/16}. */
        CIDR,
        /** A security group of the same VPC (or a peered one), e.g. a database's. */
        SECURITY_GROUP,
        /** A managed prefix list, e.g. one of your on-premises ranges. */
        PREFIX_LIST,
        /** Another service of the program, by name. */
        SERVICE
    }

    /** The IP protocol of the rules. */
    public enum IpProtocol {
        /** TCP. */
        TCP("tcp"),
        /** UDP. */
        UDP("udp"),
        /** Every protocol and port. */
        ALL("-1");

        private final String value;

        IpProtocol(String value) {
            this.value = value;
        }

        /**
         * The protocol as EC2 names it.
         *
         * @return {@code tcp}, {@code udp} or {@code -1}
         */
        public String value() {
            return value;
        }
    }

    /**
     * Creates the Egress.
     *
     * @param destination what the traffic goes to
     * @param target      the IPv4 CIDR, security group ID ({@code sg-...}), prefix list ID ({@code pl-...}) or service
     *     name; IDs may be CDK tokens
     * @param protocol    Default: TCP.
     * @param fromPort    first port; {@link #DERIVED} (only for a service) when the plan takes the ports the service
     *     listens on: its internal load balancer's listener ports when exposed through one, else its
     *     exposed container port, else its port mappings. Ignored with {@link IpProtocol#ALL}. Valid:
     *     1-65535.
     * @param toPort      last port; {@link #DERIVED} with {@code fromPort}. Valid: {@code fromPort}-65535.
     * @param description the rules' description. Default: empty, which the plan turns into one naming the destination.
     *     Valid: up to 255 of the characters AWS allows (letters, digits, spaces and ._-:/()#,@[]+=;{}!$*).
     * @throws NullPointerException when a reference component is null
     */
    public Egress {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(description, "description");
    }

    /**
     * TCP to an IPv4 range on one port.
     *
     * @param cidr an IPv4 CIDR, e.g. {@code 10.20.0.0/16}
     * @param port the port. Valid: 1 to 65535
     * @return the egress rule
     */
    public static Egress toCidr(String cidr, int port) {
        return toCidr(cidr, port, port);
    }

    /**
     * TCP to an IPv4 range on a port range.
     *
     * @param cidr     an IPv4 CIDR, e.g. {@code 10.20.0.0/16}
     * @param fromPort the first port. Valid: 1 to 65535
     * @param toPort   the last port. Valid: {@code fromPort} to 65535
     * @return the egress rule
     */
    public static Egress toCidr(String cidr, int fromPort, int toPort) {
        return new Egress(Destination.CIDR, cidr, IpProtocol.TCP, fromPort, toPort, "");
    }

    /**
     * TCP to a security group (e.g. a database's) on one port.
     *
     * @param securityGroupId the group's ID ({@code sg-...}) or a CDK token
     * @param port            the port. Valid: 1 to 65535
     * @return the egress rule
     */
    public static Egress toSecurityGroup(String securityGroupId, int port) {
        return toSecurityGroup(securityGroupId, port, port);
    }

    /**
     * TCP to a security group on a port range.
     *
     * @param securityGroupId the group's ID ({@code sg-...}) or a CDK token
     * @param fromPort        the first port. Valid: 1 to 65535
     * @param toPort          the last port. Valid: {@code fromPort} to 65535
     * @return the egress rule
     */
    public static Egress toSecurityGroup(String securityGroupId, int fromPort, int toPort) {
        return new Egress(Destination.SECURITY_GROUP, securityGroupId, IpProtocol.TCP, fromPort, toPort, "");
    }

    /**
     * TCP to a managed prefix list on one port.
     *
     * @param prefixListId the prefix list's ID ({@code pl-...}) or a CDK token
     * @param port         the port. Valid: 1 to 65535
     * @return the egress rule
     */
    public static Egress toPrefixList(String prefixListId, int port) {
        return toPrefixList(prefixListId, port, port);
    }

    /**
     * TCP to a managed prefix list on a port range.
     *
     * @param prefixListId the prefix list's ID ({@code pl-...}) or a CDK token
     * @param fromPort     the first port. Valid: 1 to 65535
     * @param toPort       the last port. Valid: {@code fromPort} to 65535
     * @return the egress rule
     */
    public static Egress toPrefixList(String prefixListId, int fromPort, int toPort) {
        return new Egress(Destination.PREFIX_LIST, prefixListId, IpProtocol.TCP, fromPort, toPort, "");
    }

    /**
     * TCP to another service of the program, on the ports it listens on: its internal load balancer's listener
     * ports when exposed through one, else its exposed container port, else its TCP port mappings.
     *
     * @param service the other service's name in the program
     * @return the egress rule
     */
    public static Egress toService(String service) {
        return new Egress(Destination.SERVICE, service, IpProtocol.TCP, DERIVED, DERIVED, "");
    }

    /**
     * TCP to another service of the program on one port.
     *
     * @param service the other service's name in the program
     * @param port    the port. Valid: 1 to 65535
     * @return the egress rule
     */
    public static Egress toService(String service, int port) {
        return new Egress(Destination.SERVICE, service, IpProtocol.TCP, port, port, "");
    }

    /**
     * The same destination and ports with another protocol.
     *
     * @param newProtocol the protocol; {@link IpProtocol#ALL} opens every port
     * @return a new egress rule
     */
    public Egress withProtocol(IpProtocol newProtocol) {
        return new Egress(destination, target, newProtocol, fromPort, toPort, description);
    }

    /**
     * The same rule with a description of its own.
     *
     * @param newDescription the description. Valid: up to 255 of the characters AWS allows
     * @return a new egress rule
     */
    public Egress withDescription(String newDescription) {
        return new Egress(destination, target, protocol, fromPort, toPort, newDescription);
    }

    /**
     * Whether the plan takes the ports from the destination service.
     *
     * @return true when both ports are {@link #DERIVED}
     */
    public boolean portsDerived() {
        return fromPort == DERIVED && toPort == DERIVED;
    }
}
