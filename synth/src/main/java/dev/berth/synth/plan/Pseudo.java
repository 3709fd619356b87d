package dev.berth.synth.plan;

/** Values known only where and when the infrastructure is deployed. */
public enum Pseudo {
    PARTITION,
    REGION,
    ACCOUNT_ID,
    /** The domain suffix of the partition, {@code amazonaws.com} in most. */
    URL_SUFFIX
}
