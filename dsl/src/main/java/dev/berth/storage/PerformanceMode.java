package dev.berth.storage;

/**
 * How an EFS file system trades latency for parallel throughput; fixed when the file system is created.
 */
public enum PerformanceMode {
    /** Lowest latency per operation; what most workloads want, and the only mode with elastic throughput. */
    GENERAL_PURPOSE("generalPurpose"),
    /** Higher aggregate throughput for highly parallel workloads, at higher latency; not with elastic throughput. */
    MAX_IO("maxIO");

    private final String value;

    PerformanceMode(String value) {
        this.value = value;
    }

    /**
     * The value EFS takes.
     *
     * @return e.g. {@code generalPurpose}
     */
    public String value() {
        return value;
    }
}
