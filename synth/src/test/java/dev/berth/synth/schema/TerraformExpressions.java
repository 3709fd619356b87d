package dev.berth.synth.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the expressions in Terraform JSON strings. In JSON syntax a string is a template:
 * {@code ${...}} interpolates an expression and {@code %{...}} is a directive, while {@code $${}
 * and {@code %%{} are escaped literals. Only what the validator needs is parsed: the traversals
 * ({@code aws_lb.web.arn}, {@code var.name}, {@code data.aws_region.current.name}) an expression reads.
 */
final class TerraformExpressions {

    /** A traversal's names with indexes and splats left out: {@code aws_subnet.a[0].id} gives {@code [aws_subnet, a, id]}. */
    record Traversal(List<String> names) {
        String root() {
            return names.get(0);
        }

        String text() {
            return String.join(".", names);
        }
    }

    private TerraformExpressions() {
    }

    static boolean hasExpression(String text) {
        return !templateSequences(text).isEmpty();
    }

    /** The traversals read by every {@code ${...}} and {@code %{...}} sequence in a template string. */
    static List<Traversal> traversalsInTemplate(String text) {
        List<Traversal> found = new ArrayList<>();
        templateSequences(text).forEach(expression -> new Scanner(expression, found).scan());
        return found;
    }

    /** The traversals of a bare expression, as written in {@code depends_on}. */
    static List<Traversal> traversalsInExpression(String expression) {
        List<Traversal> found = new ArrayList<>();
        new Scanner(expression, found).scan();
        return found;
    }

    /** The contents of the {@code ${...}} and {@code %{...}} sequences, skipping escaped ones. */
    private static List<String> templateSequences(String text) {
        List<String> sequences = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            boolean opens = (c == '$' || c == '%') && text.charAt(i + 1) == '{';
            boolean escaped = (c == '$' || c == '%') && text.charAt(i + 1) == c
                    && i + 2 < text.length() && text.charAt(i + 2) == '{';
            if (escaped) {
                i += 3;
            } else if (opens) {
                int end = closingBrace(text, i + 2);
                sequences.add(text.substring(i + 2, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return sequences;
    }

    /** Index of the brace that closes a sequence opened just before {@code from}, or the text's end. */
    private static int closingBrace(String text, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return text.length();
    }

    /** A small scanner over one expression; it only tells traversals apart from everything else. */
    private static final class Scanner {
        private final String text;
        private final List<Traversal> found;
        private int pos;

        Scanner(String text, List<Traversal> found) {
            this.text = text;
            this.found = found;
        }

        void scan() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    stringLiteral();
                } else if (Character.isDigit(c)) {
                    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                        pos++;
                    }
                } else if (c == '.') {
                    pos++; // attribute of a call result or a parenthesised expression: not a root
                    identifier();
                } else if (isIdentifierStart(c)) {
                    traversal();
                } else {
                    pos++;
                }
            }
        }

        private void traversal() {
            List<String> names = new ArrayList<>();
            names.add(identifier());
            if (text.startsWith("(", pos) || text.startsWith("::", pos)) {
                return; // a function call such as jsonencode( or provider::aws::arn_parse(
            }
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '.' && pos + 1 < text.length() && isIdentifierStart(text.charAt(pos + 1))) {
                    pos++;
                    names.add(identifier());
                } else if (c == '.' && pos + 1 < text.length() && (text.charAt(pos + 1) == '*' || Character.isDigit(text.charAt(pos + 1)))) {
                    pos += 2; // legacy splat or index: .* / .0
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                } else if (c == '[') {
                    int end = closingBracket(pos);
                    new Scanner(text.substring(pos + 1, end), found).scan(); // aws_subnet.a[count.index]
                    pos = Math.min(end + 1, text.length());
                } else {
                    break;
                }
            }
            found.add(new Traversal(List.copyOf(names)));
        }

        private void stringLiteral() {
            int start = ++pos;
            while (pos < text.length() && text.charAt(pos) != '"') {
                if (text.charAt(pos) == '\\') {
                    pos++;
                } else if (text.startsWith("${", pos) || text.startsWith("%{", pos)) {
                    pos = closingBrace(text, pos + 2);
                }
                pos++;
            }
            found.addAll(traversalsInTemplate(text.substring(start, Math.min(pos, text.length()))));
            pos++;
        }

        private String identifier() {
            int start = pos;
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private int closingBracket(int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                if (text.charAt(i) == '[') {
                    depth++;
                } else if (text.charAt(i) == ']' && --depth == 0) {
                    return i;
                }
            }
            return text.length();
        }

        private static boolean isIdentifierStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        // HCL identifiers may contain dashes.
        private static boolean isIdentifierPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
    }
}
