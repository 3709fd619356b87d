package dev.berth.loadbalancing;

/** The protocol of a Network Load Balancer listener, and of the target group it forwards to. */
public enum ListenerProtocol {
    /** TCP passed through to the tasks. */
    TCP,
    /** TLS terminated by the load balancer with an ACM certificate; plain TCP to the tasks. */
    TLS,
    /** UDP passed through to the tasks (the container must map the port as UDP). */
    UDP,
    /** TCP and UDP on the same port (the container must map the port as both). */
    TCP_UDP
}
