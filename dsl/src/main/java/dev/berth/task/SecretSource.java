package dev.berth.task;

/** Where a container secret is read from at task start. */
public enum SecretSource {
    /** An SSM Parameter Store parameter, by name ({@code /shop/db-url}) or ARN. */
    SSM_PARAMETER,
    /** A Secrets Manager secret, by complete ARN, partial ARN or name ({@link SecretRef}). */
    SECRETS_MANAGER
}
