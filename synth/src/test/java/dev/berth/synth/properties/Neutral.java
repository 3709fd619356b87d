package dev.berth.synth.properties;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of both targets in one neutral spelling, so they can be compared: references become {@code <LogicalId>}
 * (a Terraform address is mapped to the logical ID of the same plan resource), deploy-time inputs
 * {@code <param:apiapptag>}, pseudo values {@code <partition>}, {@code <region>}, {@code <account>},
 * {@code <urlsuffix>}, and availability zone names {@code <az:0>}. The attribute read is dropped: which resource a
 * value points at is what must agree.
 */
final class Neutral {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");
    private static final Pattern TF_PART = Pattern.compile("\\$\\$\\{|%%\\{|\\$\\{([^}]*)}");

    private Neutral() {
    }

    static String param(String name) {
        return "<param:" + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT) + ">";
    }

    /** A CloudFormation value; {@code parameters} are the template's parameter names. */
    static String cfn(JsonNode value, java.util.Set<String> parameters) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isObject()) {
            return value.asText();
        }
        if (value.has("Ref")) {
            return cfnName(value.get("Ref").asText(), parameters);
        }
        if (value.has("Fn::GetAtt")) {
            return "<" + value.get("Fn::GetAtt").get(0).asText() + ">";
        }
        if (value.has("Fn::Sub")) {
            Matcher m = SUB_VARIABLE.matcher(value.get("Fn::Sub").asText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = !m.group(1).isEmpty() ? "${" + m.group(2) + "}"
                        : cfnName(m.group(2).split("\\.")[0], parameters);
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
        if (value.has("Fn::Join")) {
            StringBuilder out = new StringBuilder();
            value.get("Fn::Join").get(1).forEach(part -> out.append(cfn(part, parameters)));
            return out.toString();
        }
        if (value.has("Fn::Select") && value.get("Fn::Select").get(1).has("Fn::GetAZs")) {
            return "<az:" + value.get("Fn::Select").get(0).asText() + ">";
        }
        return "<unknown:" + value + ">";
    }

    private static String cfnName(String name, java.util.Set<String> parameters) {
        return switch (name) {
            case "AWS::Partition" -> "<partition>";
            case "AWS::Region" -> "<region>";
            case "AWS::AccountId" -> "<account>";
            case "AWS::URLSuffix" -> "<urlsuffix>";
            default -> parameters.contains(name) ? param(name) : "<" + name + ">";
        };
    }

    /** A Terraform template string; {@code logicalIds} maps resource addresses to logical IDs. */
    static String tf(String template, Map<String, String> logicalIds) {
        Matcher m = TF_PART.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = m.group();
            String replacement;
            if (part.equals("$${")) {
                replacement = "${";
            } else if (part.equals("%%{")) {
                replacement = "%{";
            } else {
                replacement = tfExpression(m.group(1), logicalIds);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String tfExpression(String expression, Map<String, String> logicalIds) {
        if (expression.equals("\"$\"")) {
            return "$";
        }
        if (expression.startsWith("var.")) {
            return param(expression.substring(4));
        }
        Matcher az = Pattern.compile("data\\.aws_availability_zones\\.available\\.names\\[(\\d+)]").matcher(expression);
        if (az.matches()) {
            return "<az:" + az.group(1) + ">";
        }
        switch (expression) {
            case "data.aws_partition.current.partition":
                return "<partition>";
            case "data.aws_partition.current.dns_suffix":
                return "<urlsuffix>";
            case "data.aws_region.current.region":
                return "<region>";
            case "data.aws_caller_identity.current.account_id":
                return "<account>";
            default:
                break;
        }
        String[] parts = expression.split("\\.");
        String address = parts[0] + "." + parts[1];
        String logicalId = logicalIds.get(address);
        return logicalId == null ? "<unknown:" + expression + ">" : "<" + logicalId + ">";
    }
}
