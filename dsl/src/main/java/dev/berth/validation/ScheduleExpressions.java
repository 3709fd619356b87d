package dev.berth.validation;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule expressions EventBridge Scheduler accepts (EventBridge Scheduler User Guide, "Schedule types":
 * cron-based, rate-based and one-time schedules): {@code cron(minutes hours day-of-month month day-of-week year)},
 * {@code rate(value unit)} and {@code at(yyyy-mm-ddThh:mm:ss)}.
 */
final class ScheduleExpressions {

    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private ScheduleExpressions() {
    }

    /** Why EventBridge Scheduler would reject {@code expression}; null when it is valid. */
    static String problem(String expression) {
        if (expression.isEmpty()) {
            return "The task has no schedule.";
        }
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long value = Long.parseLong(rate.group(1));
            if (value < 1) {
                return "The rate " + Values.quoted(expression) + " is not a positive number of units.";
            }
            boolean singular = !rate.group(2).endsWith("s");
            if (value == 1 != singular) {
                return "The rate " + Values.quoted(expression) + " uses " + (singular ? "a singular" : "a plural")
                        + " unit with " + value + ": EventBridge Scheduler needs the singular unit for 1 only.";
            }
            return null;
        }
        if (expression.startsWith("rate(")) {
            return "The rate " + Values.quoted(expression) + " is not rate(value unit) with a whole number and one of"
                    + " minute(s), hour(s), day(s).";
        }
        Matcher at = AT.matcher(expression);
        if (at.matches()) {
            try {
                LocalDateTime.parse(at.group(1));
                return null;
            } catch (DateTimeParseException e) {
                return "The one-time schedule " + Values.quoted(expression) + " is not a real date and time.";
            }
        }
        if (expression.startsWith("at(")) {
            return "The one-time schedule " + Values.quoted(expression) + " is not at(yyyy-mm-ddThh:mm:ss).";
        }
        Matcher cron = CRON.matcher(expression);
        if (!cron.matches()) {
            return "The schedule " + Values.quoted(expression) + " is not a cron(...), rate(...) or at(...) expression.";
        }
        String[] fields = cron.group(1).trim().split("\\s+");
        if (fields.length != 6) {
            return "The cron expression " + Values.quoted(expression) + " has " + fields.length + " fields; EventBridge"
                    + " Scheduler needs 6: minutes hours day-of-month month day-of-week year.";
        }
        String[] names = {"minutes", "hours", "day-of-month", "month", "day-of-week", "year"};
        int[][] ranges = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {1, 7}, {1970, 2199}};
        for (int i = 0; i < 6; i++) {
            if (!field(fields[i].toUpperCase(Locale.ROOT), i, ranges[i][0], ranges[i][1])) {
                return "The cron expression " + Values.quoted(expression) + " has an invalid " + names[i] + " field "
                        + Values.quoted(fields[i]) + " (valid " + ranges[i][0] + "-" + ranges[i][1]
                        + allowed(i) + ").";
            }
        }
        boolean domAny = fields[2].equals("?");
        boolean dowAny = fields[4].equals("?");
        if (domAny == dowAny) {
            return "The cron expression " + Values.quoted(expression) + " must have ? in exactly one of day-of-month"
                    + " and day-of-week (EventBridge Scheduler cannot combine both, nor leave both open).";
        }
        return null;
    }

    private static String allowed(int field) {
        return switch (field) {
            case 2 -> " with , - * ? / L W";
            case 3 -> " or JAN-DEC with , - * /";
            case 4 -> " or SUN-SAT with , - * ? L #";
            default -> " with , - * /";
        };
    }

    private static boolean field(String text, int field, int min, int max) {
        if (text.equals("?")) {
            return field == 2 || field == 4;
        }
        for (String part : text.split(",", -1)) {
            if (!part(part, field, min, max)) {
                return false;
            }
        }
        return true;
    }

    private static boolean part(String part, int field, int min, int max) {
        if (field == 2 && (part.equals("L") || part.equals("LW") || part.matches("\\d{1,2}W")
                && value(part.substring(0, part.length() - 1), field, min, max))) {
            return true;
        }
        if (field == 4 && (part.equals("L") || part.matches("\\w+L") && value(part.substring(0, part.length() - 1),
                field, min, max))) {
            return true;
        }
        if (field == 4 && part.matches("\\w+#[1-5]")) {
            return value(part.substring(0, part.indexOf('#')), field, min, max);
        }
        String range = part;
        int slash = part.indexOf('/');
        if (slash >= 0) {
            String step = part.substring(slash + 1);
            if (!step.matches("\\d{1,4}") || Integer.parseInt(step) < 1) {
                return false;
            }
            range = part.substring(0, slash);
        }
        if (range.equals("*")) {
            return true;
        }
        int dash = range.indexOf('-');
        if (dash > 0) {
            return value(range.substring(0, dash), field, min, max) && value(range.substring(dash + 1), field, min, max);
        }
        return value(range, field, min, max);
    }

    private static boolean value(String text, int field, int min, int max) {
        if (field == 3 && MONTHS.contains(text) || field == 4 && DAYS.contains(text)) {
            return true;
        }
        if (!text.matches("\\d{1,4}")) {
            return false;
        }
        int v = Integer.parseInt(text);
        return v >= min && v <= max;
    }
}
