package dev.berth.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A syntax check of the ECS cluster query language that {@code memberOf} placement constraints use (Amazon ECS
 * Developer Guide, "Create expressions to define container instances for Amazon ECS tasks"):
 *
 * <pre>
 * expression := or
 * or         := and (("or" | "||") and)*
 * and        := unary (("and" | "&amp;&amp;") unary)*
 * unary      := ("not" | "!") unary | "(" expression ")" | condition
 * condition  := subject ("exists" | "!exists" | "not_exists")
 *             | subject ("in" | "!in" | "not_in") "[" value ("," value)* "]"
 *             | subject comparison value
 * comparison := "==" | "equals" | "!=" | "not_equals" | "&gt;" | "greater_than" | "&gt;=" | "greater_than_equal"
 *             | "&lt;" | "less_than" | "&lt;=" | "less_than_equal" | "=~" | "matches" | "!~" | "not_matches"
 * subject    := "agentConnected" | "agentVersion" | "ec2InstanceId" | "registeredAt" | "runningTasksCount"
 *             | "task:group" | "attribute:" name
 * </pre>
 *
 * Values are words without spaces, brackets, commas or parentheses (wildcards such as {@code g5.*} included).
 * Whether a value fits its subject (a date for {@code registeredAt}) is left to ECS.
 */
final class ClusterQuery {

    private static final Set<String> SUBJECTS = Set.of("agentConnected", "agentVersion", "ec2InstanceId",
            "registeredAt", "runningTasksCount", "task:group");
    private static final Set<String> EXISTS = Set.of("exists", "!exists", "not_exists");
    private static final Set<String> IN = Set.of("in", "!in", "not_in");
    private static final Set<String> COMPARISONS = Set.of("==", "equals", "!=", "not_equals", ">", "greater_than",
            ">=", "greater_than_equal", "<", "less_than", "<=", "less_than_equal", "=~", "matches", "!~",
            "not_matches");
    private static final String PUNCTUATION = "()[],";
    private static final String OPERATOR_CHARS = "=!<>~&|";

    private final List<String> tokens;
    private int at;

    private ClusterQuery(List<String> tokens) {
        this.tokens = tokens;
    }

    /**
     * The first syntax error of {@code expression}, or null when it is well formed.
     *
     * @param expression a cluster query language expression
     * @return what is wrong, e.g. "expected a value after '==' at the end", or null
     */
    static String error(String expression) {
        if (expression.isBlank()) {
            return "the expression is empty";
        }
        ClusterQuery q = new ClusterQuery(tokenize(expression));
        try {
            q.or();
            if (q.at < q.tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + q.tokens.get(q.at) + "' after a complete"
                        + " condition (join conditions with and/or)");
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int j = i;
                while (j < s.length() && OPERATOR_CHARS.indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                String op = s.substring(i, j);
                // "!exists", "!in": the negation written against a word
                if (op.equals("!") && j < s.length() && Character.isLetter(s.charAt(j))) {
                    int k = word(s, j);
                    String w = s.substring(j, k);
                    if (w.equals("exists") || w.equals("in")) {
                        op = "!" + w;
                        j = k;
                    }
                }
                out.add(op);
                i = j;
            } else {
                int j = word(s, i);
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private static int word(String s, int from) {
        int j = from;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && PUNCTUATION.indexOf(s.charAt(j)) < 0
                && OPERATOR_CHARS.indexOf(s.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    private String peek() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private String next(String expected) {
        if (at >= tokens.size()) {
            throw new IllegalArgumentException("expected " + expected + " at the end");
        }
        return tokens.get(at++);
    }

    private static String lower(String token) {
        return token == null ? null : token.toLowerCase(Locale.ROOT);
    }

    private void or() {
        and();
        while ("or".equals(lower(peek())) || "||".equals(peek())) {
            at++;
            and();
        }
    }

    private void and() {
        unary();
        while ("and".equals(lower(peek())) || "&&".equals(peek())) {
            at++;
            unary();
        }
    }

    private void unary() {
        String t = peek();
        if ("not".equals(lower(t)) || "!".equals(t)) {
            at++;
            unary();
        } else if ("(".equals(t)) {
            at++;
            or();
            String close = next("')'");
            if (!close.equals(")")) {
                throw new IllegalArgumentException("expected ')' but found '" + close + "'");
            }
        } else {
            condition();
        }
    }

    private void condition() {
        String subject = next("a subject (attribute:<name>, ec2InstanceId, task:group, ...)");
        if (!SUBJECTS.contains(subject) && !(subject.startsWith("attribute:") && subject.length() > 10)) {
            throw new IllegalArgumentException("'" + subject + "' is not a subject: use attribute:<name>,"
                    + " agentConnected, agentVersion, ec2InstanceId, registeredAt, runningTasksCount or task:group");
        }
        String op = next("an operator after '" + subject + "'");
        String lowered = lower(op);
        if (EXISTS.contains(lowered)) {
            return;
        }
        if (IN.contains(lowered)) {
            String open = next("'[' after '" + op + "'");
            if (!open.equals("[")) {
                throw new IllegalArgumentException("expected '[' after '" + op + "' but found '" + open + "'");
            }
            while (true) {
                value(op);
                String sep = next("',' or ']'");
                if (sep.equals("]")) {
                    return;
                }
                if (!sep.equals(",")) {
                    throw new IllegalArgumentException("expected ',' or ']' in the list but found '" + sep + "'");
                }
            }
        }
        if (!COMPARISONS.contains(lowered)) {
            throw new IllegalArgumentException("'" + op + "' is not an operator: use ==, !=, >, >=, <, <=, =~, !~,"
                    + " exists, !exists, in or !in");
        }
        value(op);
    }

    private void value(String after) {
        String v = next("a value after '" + after + "'");
        if (v.length() == 1 && PUNCTUATION.contains(v) || OPERATOR_CHARS.indexOf(v.charAt(0)) >= 0) {
            throw new IllegalArgumentException("expected a value after '" + after + "' but found '" + v + "'");
        }
    }
}
