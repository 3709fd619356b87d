package dev.berth.task;

import java.util.Objects;

/**
 * An environment variable whose value the ECS agent reads from SSM or Secrets Manager when the task starts.
 * The task execution role is granted read access to exactly this parameter or secret.
 *
 * @param name      the environment variable. Required.
 * @param source    SSM Parameter Store or Secrets Manager
 * @param reference an SSM parameter name (starting with {@code /}) or ARN; or a Secrets Manager secret ARN
 * @param jsonKey   for Secrets Manager: one key of a JSON secret. Default: empty (the whole secret).
 * @param kmsKeyArn the customer managed KMS key that encrypts it; adds {@code kms:Decrypt} on it. Default: empty.
 */
public record Secret(String name, SecretSource source, String reference, String jsonKey, String kmsKeyArn) {

    public Secret {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(jsonKey, "jsonKey");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }

    public static Secret fromSsmParameter(String name, String parameterNameOrArn) {
        return new Secret(name, SecretSource.SSM_PARAMETER, parameterNameOrArn, "", "");
    }

    public static Secret fromSecretsManager(String name, String secretArn) {
        return new Secret(name, SecretSource.SECRETS_MANAGER, secretArn, "", "");
    }

    public static Secret fromSecretsManager(String name, String secretArn, String jsonKey) {
        return new Secret(name, SecretSource.SECRETS_MANAGER, secretArn, jsonKey, "");
    }

    /** The same secret, encrypted with a customer managed key. */
    public Secret encryptedWith(String kmsKeyArn) {
        return new Secret(name, source, reference, jsonKey, kmsKeyArn);
    }
}
