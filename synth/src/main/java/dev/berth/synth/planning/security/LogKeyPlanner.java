package dev.berth.synth.planning.security;

import dev.berth.Application;
import dev.berth.network.NewVpc;
import dev.berth.service.Service;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import dev.berth.synth.plan.security.SecurityResources;
import dev.berth.synth.plan.security.SecurityResources.KeyStatement;
import dev.berth.synth.planning.PlanBuilder;
import dev.berth.task.Container;
import dev.berth.task.Logging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer managed KMS key that encrypts the log groups of a program under a hardening profile
 * (CT.CLOUDWATCH.PR.3), for every declared group without a key of the program's own.
 */
public final class LogKeyPlanner {

    /** The key's identity: {@code LogsKey} / {@code aws_kms_key.logs}. */
    public static final ResourceId KEY = ResourceId.of(SecurityResources.Key.class, "logs");

    private LogKeyPlanner() {
    }

    /** Adds the key when the program is hardened and a log group Berth declares would use it. */
    public static void plan(Application app, PlanBuilder plan) {
        if (!app.hardening().hardened()) {
            return;
        }
        boolean used = app.network() instanceof NewVpc vpc && vpc.flowLogs() && vpc.flowLogsKmsKeyArn().isEmpty();
        for (Service s : app.services()) {
            for (Container c : s.task().containers()) {
                Logging log = c.logging();
                if (log.awslogs() && !log.createGroup() && log.kmsKeyArn().isEmpty()) {
                    used = true;
                }
            }
            // the Service Connect proxy's group (never retained: SERVICE_CONNECT_SETTINGS) takes the key too
            Logging proxy = s.serviceConnect().logging();
            if (s.serviceConnect().enabled() && proxy.awslogs() && !proxy.createGroup()
                    && proxy.kmsKeyArn().isEmpty()) {
                used = true;
            }
        }
        if (used) {
            // Always kept: log data (a retained group, an export, the audit trail the profile is for) stays readable
            // only while its key exists, and a key kept only while some group is kept would change when a service
            // with a retained group is added or removed.
            plan.add(new SecurityResources.Key(KEY, "Encrypts the CloudWatch Logs groups of " + app.name()
                    + " (Berth, hardening profile " + app.hardening() + ")", true, null, policy(), true,
                    plan.tagsNamed("logs")));
        }
    }

    /**
     * The account administers the key through IAM (the default key policy's statement, without which no IAM policy
     * could grant anything on the key); the CloudWatch Logs service of the stack's region may use it for this
     * account's log groups only (the encryption context condition: Amazon CloudWatch Logs User Guide, "Encrypt log
     * data in CloudWatch Logs using AWS KMS", step 2); and grants may be created for AWS services only, which
     * CT.KMS.PR.3 requires (its rule's fix: deny kms:CreateGrant when kms:GrantIsForAWSResource and
     * aws:PrincipalIsAWSService are both false, with BoolIfExists).
     */
    private static List<KeyStatement> policy() {
        Value partition = Value.pseudo(Pseudo.PARTITION);
        Value account = Value.pseudo(Pseudo.ACCOUNT_ID);
        Value region = Value.pseudo(Pseudo.REGION);
        List<KeyStatement> statements = new ArrayList<>();
        statements.add(new KeyStatement("AccountAdministersKey", "Allow",
                Map.of("AWS", Value.concat("arn:", partition, ":iam::", account, ":root")), List.of("kms:*"),
                Map.of()));
        Map<String, Map<String, Value>> logsArn = new LinkedHashMap<>();
        logsArn.put("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                Value.concat("arn:", partition, ":logs:", region, ":", account, ":log-group:*")));
        statements.add(new KeyStatement("CloudWatchLogsUsesKey", "Allow",
                Map.of("Service", Value.concat("logs.", region, ".", Value.pseudo(Pseudo.URL_SUFFIX))),
                List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"),
                logsArn));
        Map<String, Value> awsOnly = new LinkedHashMap<>();
        awsOnly.put("kms:GrantIsForAWSResource", Value.literal("false"));
        awsOnly.put("aws:PrincipalIsAWSService", Value.literal("false"));
        statements.add(new KeyStatement("GrantsOnlyForAwsServices", "Deny", Map.of("AWS", Value.literal("*")),
                List.of("kms:CreateGrant"), Map.of("BoolIfExists", awsOnly)));
        return statements;
    }
}
