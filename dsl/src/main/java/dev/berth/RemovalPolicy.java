package dev.berth;

/**
 * What happens to a resource that keeps data (a log group) when its stack or module is deleted, or when an update
 * replaces it.
 */
public enum RemovalPolicy {
    /** Deleted with the stack or module, like every other resource. */
    DESTROY,
    /**
     * Kept: CloudFormation's {@code DeletionPolicy} and {@code UpdateReplacePolicy} {@code Retain}, Terraform's
     * {@code skip_destroy}. A kept resource outlives its stack, so Berth gives it a name unique to each creation (the
     * name given becomes its prefix): creating the stack again makes a new one beside the kept one instead of
     * failing on the name.
     */
    RETAIN
}
