package dev.berth.synth.planning.iam;

import dev.berth.synth.plan.Value;
import dev.berth.task.Secret;
import dev.berth.task.SecretRef;
import dev.berth.task.SecretSource;

/**
 * The two spellings of a container secret, decided in one place: what the container's {@code valueFrom} names, and
 * what the execution role is granted, which is the resource IAM evaluates when the agent reads it.
 *
 * <p>For Secrets Manager, ECS reads {@code <secret-arn>:<json-key>:<version-stage>:<version-id>} (Amazon ECS
 * Developer Guide, "Pass Secrets Manager secrets through Amazon ECS environment variables"); the agent takes the ARN
 * apart and calls {@code GetSecretValue} with the secret's ARN and the stage or ID (amazon-ecs-agent,
 * {@code agent/taskresource/asmsecret/asmsecret.go}, {@code getASMParametersFromInput}). IAM therefore evaluates the
 * secret's own ARN, never the key or version: the grant is the complete ARN, or, for a secret given without the six
 * random characters Secrets Manager appends (a partial ARN or a name), that ARN followed by {@code -??????}, the
 * wildcard AWS documents for exactly these six characters (Secrets Manager User Guide, "Limiting access to specific
 * secrets": https://docs.aws.amazon.com/secretsmanager/latest/userguide/permissions_grant-limited-resources.html).
 */
public final class SecretArns {

    private SecretArns() {
    }

    /** What the container's {@code valueFrom} says: the parameter's ARN, or the secret with its key and version. */
    public static Value valueFrom(Secret secret) {
        if (secret.source() == SecretSource.SSM_PARAMETER) {
            return ssmParameterArn(secret.reference());
        }
        SecretRef ref = secret.secretsManagerRef();
        Value arn = secretArn(ref);
        if (ref.jsonKey().isEmpty() && ref.versionStage().isEmpty() && ref.versionId().isEmpty()) {
            return arn;
        }
        return Value.concat(arn, ":" + ref.jsonKey() + ":" + ref.versionStage() + ":" + ref.versionId());
    }

    /** The resource the execution role is granted to read the secret or parameter. */
    public static Value grant(Secret secret) {
        if (secret.source() == SecretSource.SSM_PARAMETER) {
            return ssmParameterArn(secret.reference());
        }
        return grant(secret.secretsManagerRef());
    }

    /** The resource a role is granted to read a Secrets Manager secret, as for a container's secret. */
    public static Value grant(SecretRef ref) {
        Value arn = secretArn(ref);
        return ref.form() == SecretRef.Form.ARN ? arn : Value.concat(arn, "-??????");
    }

    /** Registry credentials are given by the secret's complete ARN, granted as it is. */
    public static Value repositoryCredentials(String completeArn) {
        return Value.literal(completeArn);
    }

    /** An SSM parameter given by name ({@code /shop/db-url}) or ARN, as an ARN. */
    public static Value ssmParameterArn(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            return Value.literal(nameOrArn);
        }
        return Value.arnInThisAccount("ssm", "parameter" + (nameOrArn.startsWith("/") ? "" : "/") + nameOrArn);
    }

    /** The secret's ARN as given, or (for a name) its partial ARN in the deploying account and region. */
    private static Value secretArn(SecretRef ref) {
        return ref.form() == SecretRef.Form.NAME
                ? Value.arnInThisAccount("secretsmanager", "secret:" + ref.secret())
                : Value.literal(ref.secret());
    }
}
