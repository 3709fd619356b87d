package dev.berth.storage;

/**
 * How an EFS file system's throughput is provisioned and paid for.
 */
public enum ThroughputMode {
    /** Throughput grows with the stored data, with burst credits; included in the storage price. */
    BURSTING("bursting"),
    /** Throughput scales with the workload, paid per byte transferred; General Purpose performance mode only. */
    ELASTIC("elastic"),
    /** A fixed throughput ({@link FileSystem.Builder#provisionedThroughputMibps(int)}), paid per MiB/s and month. */
    PROVISIONED("provisioned");

    private final String value;

    ThroughputMode(String value) {
        this.value = value;
    }

    /**
     * The value EFS takes.
     *
     * @return e.g. {@code bursting}
     */
    public String value() {
        return value;
    }
}
