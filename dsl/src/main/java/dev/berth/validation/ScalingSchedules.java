package dev.berth.validation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule expressions Application Auto Scaling accepts for scheduled actions (API_PutScheduledAction,
 * {@code Schedule}): {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(value unit)} and
 * {@code cron(minutes hours day-of-month month day-of-week year)}, the cron fields as EventBridge defines them (the
 * Application Auto Scaling User Guide, "Scheduled scaling", refers to them), and IANA time zones
 * ({@code Timezone}).
 */
final class ScalingSchedules {

    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) ([a-z]+)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private ScalingSchedules() {
    }

    /** Why AWS would reject the expression, or null when it accepts it. */
    static String problem(String expression) {
        Matcher at = AT.matcher(expression);
        if (at.matches()) {
            try {
                LocalDateTime.parse(at.group(1));
                return null;
            } catch (DateTimeParseException e) {
                return "at(" + at.group(1) + ") is not a real date and time";
            }
        }
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long value;
            try {
                value = Long.parseLong(rate.group(1));
            } catch (NumberFormatException e) {
                return "the rate's value " + rate.group(1) + " is too large";
            }
            String unit = rate.group(2);
            if (value < 1) {
                return "the rate's value must be a positive whole number";
            }
            Set<String> units = value == 1 ? Set.of("minute", "hour", "day") : Set.of("minutes", "hours", "days");
            if (!units.contains(unit)) {
                return "a rate of " + value + " takes the unit " + String.join(", ", units.stream().sorted()
                        .toList()) + " (singular for 1, plural otherwise), not " + Values.quoted(unit);
            }
            return null;
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            return cronProblem(cron.group(1));
        }
        return "it is none of at(yyyy-mm-ddThh:mm:ss), rate(<value> <unit>) or cron(<6 fields>)";
    }

    private static String cronProblem(String fields) {
        String[] f = fields.trim().split(" +");
        if (f.length != 6) {
            return "a cron expression has six fields (minutes hours day-of-month month day-of-week year), not "
                    + f.length;
        }
        String dom = f[2];
        String dow = f[4];
        if (dom.equals("?") == dow.equals("?")) {
            return "exactly one of day-of-month (" + dom + ") and day-of-week (" + dow + ") must be ?";
        }
        String p = field("minutes", f[0], 0, 59, List.of(), false);
        p = p != null ? p : field("hours", f[1], 0, 23, List.of(), false);
        p = p != null ? p : dom.equals("?") ? null : dayOfMonth(dom);
        p = p != null ? p : field("month", f[3], 1, 12, MONTHS, false);
        p = p != null ? p : dow.equals("?") ? null : dayOfWeek(dow);
        p = p != null ? p : field("year", f[5], 1970, 2199, List.of(), false);
        return p;
    }

    private static String dayOfMonth(String value) {
        if (value.equals("L") || value.matches("([1-9]|[12]\\d|3[01])W") || value.equals("LW")) {
            return null;
        }
        return field("day-of-month", value, 1, 31, List.of(), false);
    }

    private static String dayOfWeek(String value) {
        if (value.matches("[1-7]L") || value.matches("(?:[1-7]|" + String.join("|", DAYS) + ")#[1-5]")) {
            return null;
        }
        return field("day-of-week", value, 1, 7, DAYS, true);
    }

    /** A list of values, ranges ({@code a-b}), {@code *} and increments ({@code x/n}). */
    private static String field(String name, String value, int min, int max, List<String> names, boolean dayNames) {
        for (String part : value.split(",", -1)) {
            String base = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                String step = part.substring(slash + 1);
                base = part.substring(0, slash);
                if (!step.matches("\\d{1,4}") || Integer.parseInt(step) < 1) {
                    return "the " + name + " field's increment " + Values.quoted(step) + " is not a positive number";
                }
            }
            if (base.equals("*")) {
                continue;
            }
            String[] range = base.split("-", -1);
            if (range.length > 2) {
                return "the " + name + " field has " + Values.quoted(part) + ", which is not a value or a range";
            }
            for (String v : range) {
                if (number(v, names, dayNames) == null) {
                    return "the " + name + " field has " + Values.quoted(v) + ", not a value in " + min + "-" + max
                            + (names.isEmpty() ? "" : " or " + names.get(0) + "-" + names.get(names.size() - 1));
                }
                int n = number(v, names, dayNames);
                if (n < min || n > max) {
                    return "the " + name + " field's " + v + " is outside " + min + "-" + max;
                }
            }
        }
        return null;
    }

    private static Integer number(String v, List<String> names, boolean dayNames) {
        if (v.matches("\\d{1,4}")) {
            return Integer.parseInt(v);
        }
        int i = names.indexOf(v.toUpperCase(Locale.ROOT));
        return i < 0 ? null : i + 1;
    }

    /** Whether {@code zone} is an IANA time zone name the JDK knows (its tz database). */
    static boolean isTimeZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }
}
