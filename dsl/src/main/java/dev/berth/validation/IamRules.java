package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.iam.Grant;
import dev.berth.service.Service;
import dev.berth.task.SecretRef;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The task role's grants and existing roles. Berth scopes every statement to the named resource, so a grant must
 * name a resource precisely.
 *
 * <ul>
 *   <li>{@code ROLE_ARN}: an existing execution or task role is not an IAM role ARN
 *       ({@code arn:aws:iam::<account>:role/<name>}).</li>
 *   <li>{@code GRANT_WILDCARD_ACTION}: a custom statement allows {@code *} or {@code service:*}.</li>
 *   <li>{@code GRANT_WILDCARD_RESOURCE}: a custom statement applies to resource {@code *} (WARNING).</li>
 *   <li>{@code GRANT_EMPTY}: a custom statement has no action or no resource.</li>
 *   <li>{@code GRANT_REFERENCE}: a bucket name, table name, queue, topic or KMS key ARN, secret, SSM parameter,
 *       event bus, metric namespace, action or resource is not in the form its service or IAM accepts; a secret
 *       grant names a JSON key or version, which IAM cannot scope.</li>
 * </ul>
 */
final class IamRules {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_LIKE = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    private static final Pattern ACTION = Pattern.compile("[a-zA-Z0-9-]+:[A-Za-z0-9*?]+");
    private static final Pattern SERVICE_WILDCARD = Pattern.compile("[a-zA-Z0-9-]+:\\*+");
    /** An EventBridge event bus name (the EventBridge API's EventBusName). */
    private static final Pattern EVENT_BUS_NAME = Pattern.compile("[/.\\-_A-Za-z0-9]{1,256}");
    /** A CloudWatch namespace of custom metrics: printable ASCII, not starting with ':' (the API's pattern). */
    private static final Pattern NAMESPACE = Pattern.compile("[\\x20-\\x7E&&[^:]][\\x20-\\x7E]{0,254}");

    private IamRules() {
    }

    static List<Diagnostic> check(Application app) {
        Report report = new Report();
        for (Service s : app.services()) {
            role(report, Paths.task(s) + ".executionRoleArn", s.task().executionRoleArn(), "execution");
            role(report, Paths.task(s) + ".taskRoleArn", s.task().taskRoleArn(), "task");
            List<Grant> grants = s.task().grants();
            for (int i = 0; i < grants.size(); i++) {
                grant(report, Paths.task(s) + ".grants[" + i + "]", grants.get(i));
            }
        }
        return report.diagnostics();
    }

    private static void role(Report report, String path, String arn, String kind) {
        if (!arn.isEmpty() && !Values.matchesOrToken(Values.ROLE_ARN, arn)) {
            report.add(Rule.ROLE_ARN, path, "The " + kind + " role " + Values.quoted(arn) + " is not an IAM role ARN"
                            + " (arn:aws:iam::<account>:role/<name>); ECS needs the role's ARN.",
                    "Give the role's full ARN, or leave it empty to let Berth create a scoped role.");
        }
    }

    /** S3's bucket naming rules (a CDK token passes unchecked). */
    static boolean isBucketName(String name) {
        return Values.isToken(name) || (BUCKET.matcher(name).matches() && !name.contains("..")
                && !IP_LIKE.matcher(name).matches() && !name.startsWith("xn--") && !name.endsWith("-s3alias"));
    }

    private static void grant(Report report, String path, Grant grant) {
        if (grant instanceof Grant.S3Bucket g) {
            String name = g.bucketName();
            if (!isBucketName(name)) {
                report.add(Rule.GRANT_REFERENCE, path, "The bucket " + Values.quoted(name) + " is not a valid S3"
                                + " bucket name (3-63 lower-case letters, digits, dots and hyphens, starting and"
                                + " ending with a letter or digit, not an IP address).",
                        name.startsWith("arn:") ? "Give the bucket name, not its ARN." : "Give the bucket's name.");
            }
        } else if (grant instanceof Grant.DynamoDbTable g) {
            if (!Values.matchesOrToken(TABLE, g.tableName())) {
                report.add(Rule.GRANT_REFERENCE, path, "The table " + Values.quoted(g.tableName()) + " is not a valid"
                                + " DynamoDB table name (3-255 letters, digits, _ . -).",
                        g.tableName().startsWith("arn:") ? "Give the table name, not its ARN."
                                : "Give the table's name.");
            }
        } else if (grant instanceof Grant.SqsConsume g) {
            if (!Values.matchesOrToken(Values.SQS_ARN, g.queueArn())) {
                report.add(Rule.GRANT_REFERENCE, path, "The queue " + Values.quoted(g.queueArn()) + " is not an SQS"
                                + " queue ARN (arn:aws:sqs:<region>:<account>:<queue>).",
                        "Give the queue's ARN, not its URL or name.");
            }
        } else if (grant instanceof Grant.SnsPublish g) {
            if (!Values.matchesOrToken(Values.SNS_ARN, g.topicArn())) {
                report.add(Rule.GRANT_REFERENCE, path, "The topic " + Values.quoted(g.topicArn()) + " is not an SNS"
                        + " topic ARN (arn:aws:sns:<region>:<account>:<topic>).", "Give the topic's ARN.");
            }
        } else if (grant instanceof Grant.SqsSend g) {
            if (!Values.matchesOrToken(Values.SQS_ARN, g.queueArn())) {
                report.add(Rule.GRANT_REFERENCE, path, "The queue " + Values.quoted(g.queueArn()) + " is not an SQS"
                                + " queue ARN (arn:aws:sqs:<region>:<account>:<queue>).",
                        "Give the queue's ARN, not its URL or name.");
            }
        } else if (grant instanceof Grant.KmsKey g) {
            if (!Values.matchesOrToken(Values.KMS_KEY_ARN, g.keyArn())) {
                report.add(Rule.GRANT_REFERENCE, path, "The KMS key " + Values.quoted(g.keyArn()) + " is not a KMS"
                                + " key ARN (arn:aws:kms:<region>:<account>:key/<id>); key policies and grants name"
                                + " keys by ARN, and an alias would not scope the statement to one key.",
                        "Give the key's ARN.");
            } else if (!g.encrypt() && !g.decrypt()) {
                report.add(Rule.GRANT_REFERENCE, path, "The KMS grant allows neither encrypting nor decrypting.",
                        "Use Grant.kmsEncrypt, Grant.kmsDecrypt or Grant.kmsEncryptDecrypt.");
            }
        } else if (grant instanceof Grant.SecretRead g) {
            secretRead(report, path, g.secret());
        } else if (grant instanceof Grant.ParameterRead g) {
            String parameter = g.parameter();
            if (!Values.isToken(parameter) && !Values.SSM_PARAMETER_NAME.matcher(parameter).matches()
                    && !Values.SSM_PARAMETER_ARN.matcher(parameter).matches()) {
                report.add(Rule.GRANT_REFERENCE, path, "The SSM parameter " + Values.quoted(parameter) + " is neither"
                                + " a parameter name starting with / nor an SSM parameter ARN"
                                + " (arn:aws:ssm:<region>:<account>:parameter/...).",
                        "Give the full name, e.g. /shop/feature-flags, or the parameter's ARN.");
            }
        } else if (grant instanceof Grant.PutEvents g) {
            if (!Values.matchesOrToken(EVENT_BUS_NAME, g.eventBus())
                    && !Values.matchesOrToken(Values.EVENT_BUS_ARN, g.eventBus())) {
                report.add(Rule.GRANT_REFERENCE, path, "The event bus " + Values.quoted(g.eventBus()) + " is neither"
                                + " an EventBridge bus name (1 to 256 letters, digits and . - _ /) nor an event bus ARN"
                                + " (arn:aws:events:<region>:<account>:event-bus/<name>).",
                        "Give the bus's name, e.g. default, or its ARN.");
            }
        } else if (grant instanceof Grant.PutMetricData g) {
            String namespace = g.namespace();
            if (!Values.isToken(namespace) && (!NAMESPACE.matcher(namespace).matches()
                    || namespace.startsWith("AWS/"))) {
                report.add(Rule.GRANT_REFERENCE, path, "The metric namespace " + Values.quoted(namespace) + " is not"
                                + " one CloudWatch accepts for custom metrics: 1 to 255 printable ASCII characters,"
                                + " not starting with ':' or 'AWS/' (reserved for AWS services).",
                        "Use your own namespace, e.g. Shop/Orders.");
            }
        } else if (grant instanceof Grant.Statement g) {
            statement(report, path, g);
        }
        // Grant.ProgramQueue names a queue of the program: MessagingRules checks it.
    }

    /** The secret in the form the program says; a JSON key or version cannot narrow an IAM grant. */
    private static void secretRead(Report report, String path, SecretRef ref) {
        if (!ref.jsonKey().isEmpty() || !ref.versionStage().isEmpty() || !ref.versionId().isEmpty()) {
            report.add(Rule.GRANT_REFERENCE, path, "The secret grant names a JSON key or version; IAM grants read"
                            + " access to the whole secret, whatever key or version the application reads.",
                    "Remove withJsonKey, withVersionStage and withVersionId from the grant's SecretRef.");
        }
        String secret = ref.secret();
        if (Values.isToken(secret)) {
            return;
        }
        boolean valid = switch (ref.form()) {
            case ARN -> Values.COMPLETE_SECRET_ARN.matcher(secret).matches();
            case PARTIAL_ARN -> Values.SECRET_ARN.matcher(secret).matches() && !secret.matches(".*:secret:.*:.*");
            case NAME -> Values.SECRET_NAME.matcher(secret).matches() && !secret.startsWith("arn:");
        };
        if (!valid) {
            report.add(Rule.GRANT_REFERENCE, path, "The secret " + Values.quoted(secret) + " is not a Secrets Manager"
                            + " secret " + switch (ref.form()) {
                                case ARN -> "ARN ending in a hyphen and six characters";
                                case PARTIAL_ARN -> "ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)";
                                case NAME -> "name (1 to 512 letters, digits and / _ + = . @ -)";
                            } + ", as the grant's SecretRef says.",
                    "Give it in the form you chose (SecretRef.arn, partialArn or name).");
        }
    }

    private static void statement(Report report, String path, Grant.Statement g) {
        if (g.actions().isEmpty() || g.resources().isEmpty()) {
            report.add(Rule.GRANT_EMPTY, path, "The custom statement has " + (g.actions().isEmpty() ? "no action"
                            : "no resource") + "; IAM rejects a statement without actions or resources.",
                    "List the actions and the resources they apply to, or remove the grant.");
        }
        for (String action : g.actions()) {
            if (Values.isToken(action)) {
                continue;
            }
            if (action.equals("*") || SERVICE_WILDCARD.matcher(action).matches()) {
                report.add(Rule.GRANT_WILDCARD_ACTION, path, "The custom statement allows " + Values.quoted(action)
                                + ", every action of " + (action.equals("*") ? "every service" : "the service")
                                + "; Berth grants least privilege and rejects wildcard actions.",
                        "List the actions the application calls, e.g. s3:GetObject.");
            } else if (!ACTION.matcher(action).matches()) {
                report.add(Rule.GRANT_REFERENCE, path, "The action " + Values.quoted(action) + " is not an IAM"
                        + " action (service:Action).", "Write it as service:Action, e.g. sqs:SendMessage.");
            }
        }
        for (String resource : g.resources()) {
            if (Values.isToken(resource)) {
                continue;
            }
            if (resource.equals("*")) {
                report.add(Rule.GRANT_WILDCARD_RESOURCE, path, "The custom statement applies to every resource"
                                + " ('*'), which grants more than the application needs.",
                        "Name the resources' ARNs; acknowledge this warning only for actions that support no"
                                + " resource-level permissions.");
            } else if (!resource.startsWith("arn:")) {
                report.add(Rule.GRANT_REFERENCE, path, "The resource " + Values.quoted(resource) + " is not an ARN;"
                        + " IAM statements name resources by ARN.", "Give the resource's ARN.");
            }
        }
    }
}
