package dev.berth.loadbalancing;

/** The application-layer protocols a TLS listener of a Network Load Balancer negotiates (ALPN). */
public enum AlpnPolicy {
    /** No ALPN negotiation (Elastic Load Balancing's default). */
    NONE("None"),
    /** HTTP/1.* only. */
    HTTP1_ONLY("HTTP1Only"),
    /** HTTP/2 only. */
    HTTP2_ONLY("HTTP2Only"),
    /** HTTP/2 preferred, HTTP/1.1 accepted. */
    HTTP2_PREFERRED("HTTP2Preferred"),
    /** HTTP/1.1 preferred, HTTP/2 accepted. */
    HTTP2_OPTIONAL("HTTP2Optional");

    private final String value;

    AlpnPolicy(String value) {
        this.value = value;
    }

    /**
     * The policy as Elastic Load Balancing spells it.
     *
     * @return e.g. {@code HTTP2Preferred}
     */
    public String value() {
        return value;
    }
}
