package dev.berth.servicediscovery;

/**
 * The DNS record AWS Cloud Map keeps for each task of a service registered in a private DNS namespace.
 */
public enum DnsRecordType {
    /** An A record per task: its IP address. Only for tasks with the awsvpc network mode (each task has its own IP). */
    A,
    /**
     * An SRV record per task: its IP address (or host) and the container port, for clients that read ports from DNS.
     * The only type for the bridge and host network modes, where tasks share the instance's address.
     */
    SRV
}
