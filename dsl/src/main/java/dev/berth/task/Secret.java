package dev.berth.task;

import java.util.Objects;

/**
 * An environment variable whose value the ECS agent reads from SSM or Secrets Manager when the task starts.
 * The task execution role is granted read access to exactly this parameter or secret.
 *
 * @param name         the environment variable. Required.
 * @param source       SSM Parameter Store or Secrets Manager
 * @param reference    an SSM parameter name (starting with {@code /}) or ARN; or a Secrets Manager secret's complete
 *                     ARN, partial ARN or name, as {@code form} says
 * @param form         how {@code reference} names it: for SSM {@link SecretRef.Form#NAME} or {@link SecretRef.Form#ARN}
 *                     (set from the reference); for Secrets Manager as the program says ({@link SecretRef})
 * @param jsonKey      for Secrets Manager: one key of a JSON secret. Default: empty (the whole secret).
 * @param versionStage for Secrets Manager: the staging label of the version to read. Default: empty (AWSCURRENT).
 * @param versionId    for Secrets Manager: the ID of the version to read. Default: empty (AWSCURRENT).
 * @param kmsKeyArn    the customer managed KMS key that encrypts it; adds {@code kms:Decrypt} on it. Default: empty.
 */
public record Secret(String name, SecretSource source, String reference, SecretRef.Form form, String jsonKey,
                     String versionStage, String versionId, String kmsKeyArn) {

    /**
     * Creates the Secret.
     *
     * @param name         the environment variable. Required.
     * @param source       SSM Parameter Store or Secrets Manager
     * @param reference    an SSM parameter name (starting with {@code /}) or ARN; or a Secrets Manager secret's
     *                     complete
     *     ARN, partial ARN or name, as {@code form} says
     * @param form         how {@code reference} names it: for SSM {@link SecretRef.Form#NAME} or {@link
     *                     SecretRef.Form#ARN}
     *     (set from the reference); for Secrets Manager as the program says ({@link SecretRef})
     * @param jsonKey      for Secrets Manager: one key of a JSON secret. Default: empty (the whole secret).
     * @param versionStage for Secrets Manager: the staging label of the version to read. Default: empty (AWSCURRENT).
     * @param versionId    for Secrets Manager: the ID of the version to read. Default: empty (AWSCURRENT).
     * @param kmsKeyArn    the customer managed KMS key that encrypts it; adds {@code kms:Decrypt} on it. Default:
     *                     empty.
     * @throws NullPointerException when a reference component is null
     */
    public Secret {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(jsonKey, "jsonKey");
        Objects.requireNonNull(versionStage, "versionStage");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }

    /**
     * An SSM parameter by name ({@code /shop/db-url}) or ARN.
     *
     * @param name               the environment variable's name
     * @param parameterNameOrArn the parameter's name or ARN
     * @return the secret
     */
    public static Secret fromSsmParameter(String name, String parameterNameOrArn) {
        return new Secret(name, SecretSource.SSM_PARAMETER, parameterNameOrArn,
                parameterNameOrArn.startsWith("arn:") ? SecretRef.Form.ARN : SecretRef.Form.NAME, "", "", "", "");
    }

    /**
     * A Secrets Manager secret by its complete ARN (ending in a hyphen and six random characters).
     *
     * @param name      the environment variable's name
     * @param secretArn the secret's complete ARN
     * @return the secret
     */
    public static Secret fromSecretsManager(String name, String secretArn) {
        return fromSecretsManager(name, SecretRef.arn(secretArn));
    }

    /**
     * One JSON key of a Secrets Manager secret given by its complete ARN.
     *
     * @param name      the environment variable's name
     * @param secretArn the secret's complete ARN
     * @param jsonKey   the key of the secret's JSON value
     * @return the secret
     */
    public static Secret fromSecretsManager(String name, String secretArn, String jsonKey) {
        return fromSecretsManager(name, SecretRef.arn(secretArn).withJsonKey(jsonKey));
    }

    /**
     * A Secrets Manager secret by complete ARN, partial ARN or name, with the key and version to read.
     *
     * @param name   the environment variable's name
     * @param secret the secret, e.g. {@code SecretRef.name("prod/db").withJsonKey("password")}
     * @return the secret
     */
    public static Secret fromSecretsManager(String name, SecretRef secret) {
        return new Secret(name, SecretSource.SECRETS_MANAGER, secret.secret(), secret.form(), secret.jsonKey(),
                secret.versionStage(), secret.versionId(), "");
    }

    /**
     * The same secret, encrypted with a customer managed key: the execution role is granted
     * {@code kms:Decrypt} on it.
     *
     * @param kmsKeyArn the KMS key's ARN
     * @return a new secret
     */
    public Secret encryptedWith(String kmsKeyArn) {
        return new Secret(name, source, reference, form, jsonKey, versionStage, versionId, kmsKeyArn);
    }

    /**
     * What a Secrets Manager secret reads, as the program said it.
     *
     * @return the reference, key and version
     */
    public SecretRef secretsManagerRef() {
        return new SecretRef(form, reference, jsonKey, versionStage, versionId);
    }
}
