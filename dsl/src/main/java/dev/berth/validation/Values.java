package dev.berth.validation;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shapes of AWS identifiers and small helpers the rule sets share. Public for one of them: {@link #isToken(String)},
 * the one test for an unresolved AWS CDK token that validation and synthesis both use.
 */
public final class Values {

    /**
     * The AWS CDK's encodings of a token in a string (aws-cdk-lib {@code core/lib/private/encoding.ts} and
     * {@code token-map.ts}): {@code ${Token[<key>]}} for a string token, {@code #{Token[<key>]}} for a list token
     * (the one element of the string list the CDK hands out for it), where the key is a display hint and a counter
     * made of the characters the CDK allows ({@code VALID_KEY_CHARS}: letters, digits, {@code :._-}).
     */
    private static final Pattern CDK_TOKEN = Pattern.compile("[$#]\\{Token\\[[a-zA-Z0-9:._-]+]}");

    /** {@code arn:<partition>:} with the partitions aws, aws-cn, aws-us-gov, aws-iso, ... */
    private static final String ARN = "arn:aws(?:-[a-z]+)*:";
    private static final String REGION = "[a-z]{2}(?:-[a-z]+)+-\\d";
    private static final String ACCOUNT = "\\d{12}";

    static final Pattern ROLE_ARN = Pattern.compile(ARN + "iam::" + ACCOUNT + ":role/[\\w+=,.@/-]+");
    static final Pattern SSM_PARAMETER_ARN = Pattern.compile(
            ARN + "ssm:" + REGION + ":" + ACCOUNT + ":parameter/[\\w.\\-/]+");
    static final Pattern SSM_PARAMETER_NAME = Pattern.compile("/[\\w.\\-/]{1,2047}");
    /** A Secrets Manager secret name: ASCII letters, digits and {@code /_+=.@-}, up to 512. */
    static final Pattern SECRET_NAME = Pattern.compile("[\\w/+=.@-]{1,512}");
    /** A secret's ARN, complete or partial, in group 1, and anything appended after a colon in group 2. */
    static final Pattern SECRET_ARN = Pattern.compile(
            "(" + ARN + "secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:[\\w/+=.@-]+)(:.*)?");
    /** A complete secret ARN: the name, a hyphen and the six random characters Secrets Manager appends. */
    static final Pattern COMPLETE_SECRET_ARN = Pattern.compile(
            ARN + "secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:[\\w/+=.@-]+-[A-Za-z0-9]{6}");
    static final Pattern KMS_KEY_ARN = Pattern.compile(ARN + "kms:" + REGION + ":" + ACCOUNT + ":key/[\\w-]+");
    static final Pattern CERTIFICATE_ARN = Pattern.compile(
            ARN + "acm:" + REGION + ":" + ACCOUNT + ":certificate/[\\w-]+"
                    + "|" + ARN + "iam::" + ACCOUNT + ":server-certificate/[\\w+=,.@/-]+");
    static final Pattern SQS_ARN = Pattern.compile(ARN + "sqs:" + REGION + ":" + ACCOUNT + ":[\\w-]{1,80}(?:\\.fifo)?");
    static final Pattern SNS_ARN = Pattern.compile(ARN + "sns:" + REGION + ":" + ACCOUNT + ":[\\w-]{1,256}(?:\\.fifo)?");
    static final Pattern EVENT_BUS_ARN = Pattern.compile(
            ARN + "events:" + REGION + ":" + ACCOUNT + ":event-bus/[/.\\-_A-Za-z0-9]{1,256}");
    static final Pattern ANY_ARN = Pattern.compile(ARN + "[a-z0-9-]+:[a-z0-9-]*:(?:\\d{12}|aws)?:.+");

    private Values() {
    }

    /**
     * Whether the value is, or contains, an unresolved AWS CDK token: a string token such as
     * {@code ${Token[Bucket.Name.123]}} (what CDK attributes, {@code Token.asString} or {@code Fn.ref} give in
     * Java, also inside a longer string) or a list token such as {@code #{Token[TOKEN.124]}} (the one element of a
     * list from {@code Token.asList} or {@code CfnParameter.getValueAsList()}). Such a value is only known at deploy
     * time: validation passes it unchecked, and synthesis passes it through for the CDK to resolve. Number tokens
     * (encoded as doubles) cannot reach the model's string settings and are not detected.
     *
     * @param value any string; {@code null} is no token
     * @return true when {@code value} holds a complete token, {@code ${Token[<key>]}} or {@code #{Token[<key>]}}
     */
    public static boolean isToken(String value) {
        return value != null && value.contains("{Token[") && CDK_TOKEN.matcher(value).find();
    }

    static boolean anyToken(Collection<String> values) {
        return values.stream().anyMatch(Values::isToken);
    }

    /** Whether the value matches, or is a token (which passes unchecked). */
    static boolean matchesOrToken(Pattern pattern, String value) {
        return isToken(value) || pattern.matcher(value).matches();
    }

    static String quoted(String value) {
        return "'" + value + "'";
    }

    static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static boolean inRange(int value, int min, int max) {
        return value >= min && value <= max;
    }

    /** A parsed IPv4 CIDR, or null when the text is not one. */
    record Cidr(long address, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", -1);
            if (parts.length != 2) {
                return null;
            }
            String[] octets = parts[0].split("\\.", -1);
            if (octets.length != 4 || !parts[1].matches("\\d{1,2}")) {
                return null;
            }
            long address = 0;
            for (String octet : octets) {
                if (!octet.matches("0|[1-9]\\d{0,2}")) {
                    return null;
                }
                int value = Integer.parseInt(octet);
                if (value > 255) {
                    return null;
                }
                address = address * 256 + value;
            }
            int prefix = Integer.parseInt(parts[1]);
            return prefix > 32 ? null : new Cidr(address, prefix);
        }

        /** True when this range lies entirely inside {@code outer}. */
        boolean within(Cidr outer) {
            if (prefix < outer.prefix) {
                return false;
            }
            long mask = outer.prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - outer.prefix)) & 0xFFFFFFFFL;
            return (address & mask) == (outer.address & mask);
        }

        boolean aligned() {
            long hostBits = (1L << (32 - prefix)) - 1;
            return (address & hostBits) == 0;
        }

        String network() {
            long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            long n = address & mask;
            return ((n >> 24) & 255) + "." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255) + "/"
                    + prefix;
        }
    }

    static List<Integer> range(int from, int to, int step) {
        List<Integer> values = new java.util.ArrayList<>();
        for (int v = from; v <= to; v += step) {
            values.add(v);
        }
        return values;
    }
}
