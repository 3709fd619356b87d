package dev.berth.task;

import java.util.Objects;

/**
 * A Secrets Manager secret, said the way its owner knows it, and which value of it a container reads. Berth does not
 * guess the form from the text: a complete ARN ends in a hyphen and six random characters, but so can a secret's own
 * name ({@code db-master}), so the program says which it gives.
 *
 * <p>The container reads {@code <secret>:<json-key>:<version-stage>:<version-id>} (the ECS {@code valueFrom} syntax);
 * the execution role is granted {@code secretsmanager:GetSecretValue} on the secret itself, which is what IAM
 * evaluates whatever version or key is read: the ARN for {@link Form#ARN}, and the ARN with the {@code -??????}
 * wildcard AWS documents for the six random characters for {@link Form#PARTIAL_ARN} and {@link Form#NAME}.
 *
 * @param form         how {@code secret} names the secret
 * @param secret       the complete ARN, the ARN without the random suffix, or the name. Required.
 * @param jsonKey      one key of a JSON secret. Default: empty (the whole secret). Valid: no {@code :}.
 * @param versionStage a staging label, e.g. {@code AWSPREVIOUS}. Default: empty ({@code AWSCURRENT}). Valid: 1 to 256
 *                     characters without {@code :}; not together with a version ID.
 * @param versionId    a version's ID. Default: empty ({@code AWSCURRENT}). Valid: 32 to 64 characters without
 *                     {@code :}; not together with a version stage.
 */
public record SecretRef(Form form, String secret, String jsonKey, String versionStage, String versionId) {

    /** How a secret is named. */
    public enum Form {
        /**
         * The complete ARN, as Secrets Manager returns it: {@code arn:aws:secretsmanager:<region>:<account>:secret:}
         * {@code <name>-<6 random characters>}.
         */
        ARN,
        /** The ARN without the six random characters: {@code arn:aws:secretsmanager:<region>:<account>:secret:<name>}. */
        PARTIAL_ARN,
        /** The secret's name, e.g. {@code prod/db}, in the account and region the program is deployed to. */
        NAME
    }

    /**
     * Creates the SecretRef.
     *
     * @param form         how {@code secret} names the secret
     * @param secret       the complete ARN, the ARN without the random suffix, or the name. Required.
     * @param jsonKey      one key of a JSON secret. Default: empty (the whole secret). Valid: no {@code :}.
     * @param versionStage a staging label, e.g. {@code AWSPREVIOUS}. Default: empty ({@code AWSCURRENT}). Valid: 1
     *                     to 256
     *     characters without {@code :}; not together with a version ID.
     * @param versionId    a version's ID. Default: empty ({@code AWSCURRENT}). Valid: 32 to 64 characters without
     *     {@code :}; not together with a version stage.
     * @throws NullPointerException when a reference component is null
     */
    public SecretRef {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(jsonKey, "jsonKey");
        Objects.requireNonNull(versionStage, "versionStage");
        Objects.requireNonNull(versionId, "versionId");
    }

    /**
     * A secret by its complete ARN (with the six random characters). Use this for a CDK {@code ISecret}'s ARN.
     *
     * @param completeArn the secret's complete ARN
     * @return the reference
     */
    public static SecretRef arn(String completeArn) {
        return new SecretRef(Form.ARN, completeArn, "", "", "");
    }

    /**
     * A secret by its ARN without the six random characters. Secrets Manager finds the secret, and the execution
     * role is granted {@code <arn>-??????}. (AWS advises against partial ARNs for names that themselves end in a
     * hyphen and six characters: Secrets Manager may take them for complete ones.)
     *
     * @param partialArn the secret's ARN without the random suffix
     * @return the reference
     */
    public static SecretRef partialArn(String partialArn) {
        return new SecretRef(Form.PARTIAL_ARN, partialArn, "", "", "");
    }

    /**
     * A secret of the deployment's account and region by name, e.g. {@code prod/db}.
     *
     * @param name the secret's name
     * @return the reference
     */
    public static SecretRef name(String name) {
        return new SecretRef(Form.NAME, name, "", "", "");
    }

    /**
     * The same secret, reading one key of its JSON value.
     *
     * @param key the JSON key
     * @return a new reference
     */
    public SecretRef withJsonKey(String key) {
        return new SecretRef(form, secret, key, versionStage, versionId);
    }

    /**
     * The same secret, reading the version with this staging label (e.g. {@code AWSPREVIOUS}).
     *
     * @param stage the staging label
     * @return a new reference
     */
    public SecretRef withVersionStage(String stage) {
        return new SecretRef(form, secret, jsonKey, stage, versionId);
    }

    /**
     * The same secret, reading the version with this ID.
     *
     * @param id the version's ID
     * @return a new reference
     */
    public SecretRef withVersionId(String id) {
        return new SecretRef(form, secret, jsonKey, versionStage, id);
    }
}
