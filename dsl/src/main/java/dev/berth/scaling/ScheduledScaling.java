package dev.berth.scaling;

import java.util.Objects;

/**
 * A scheduled change of the scaling bounds (an Application Auto Scaling scheduled action), e.g. a night-time floor of
 * zero: {@code ScheduledScaling.of("night", "cron(0 20 ? * MON-FRI *)", 0, 2).withTimeZone("Europe/Berlin")}. At
 * the scheduled time Application Auto Scaling sets the bounds, and moves the task count into them.
 *
 * @param name        unique among the service's schedules. Valid: 1-256 characters without {@code :}, {@code /}
 *                    or {@code |}, no leading or trailing space.
 * @param schedule    {@code at(yyyy-mm-ddThh:mm:ss)} (once), {@code rate(<value> <unit>)} with unit
 *                    {@code minute}/{@code hour}/{@code day} (plural for values above 1), or
 *                    {@code cron(<minutes> <hours> <day-of-month> <month> <day-of-week> <year>)} with {@code ?} in
 *                    one of the two day fields, as Application Auto Scaling accepts them.
 * @param timeZone    the IANA time zone of {@code at} and {@code cron} schedules, or empty for UTC. Default: empty.
 *                    Valid: an IANA zone name such as {@code Europe/Berlin}.
 * @param minCapacity the new minimum, or {@link #KEEP}. Valid: 0-5000.
 * @param maxCapacity the new maximum, or {@link #KEEP}. Valid: 0-5000, at least the new minimum; one of the two is
 *                    set.
 */
public record ScheduledScaling(String name, String schedule, String timeZone, int minCapacity, int maxCapacity) {

    /** A bound the schedule leaves as it is. */
    public static final int KEEP = -1;

    /**
     * Creates the schedule; programs use {@link #of(String, String, int, int)}.
     *
     * @param name        the schedule's name
     * @param schedule    an at, rate or cron expression
     * @param timeZone    an IANA zone, or empty for UTC
     * @param minCapacity the new minimum, or {@link #KEEP}
     * @param maxCapacity the new maximum, or {@link #KEEP}
     * @throws NullPointerException when a component is null
     */
    public ScheduledScaling {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /**
     * A schedule in UTC.
     *
     * @param name        the schedule's name
     * @param schedule    an at, rate or cron expression
     * @param minCapacity the new minimum, or {@link #KEEP}
     * @param maxCapacity the new maximum, or {@link #KEEP}
     * @return the schedule
     */
    public static ScheduledScaling of(String name, String schedule, int minCapacity, int maxCapacity) {
        return new ScheduledScaling(name, schedule, "", minCapacity, maxCapacity);
    }

    /**
     * This schedule in a time zone.
     *
     * @param zone an IANA zone name, e.g. {@code America/New_York}. Default: empty (UTC).
     * @return a new schedule
     */
    public ScheduledScaling withTimeZone(String zone) {
        return new ScheduledScaling(name, schedule, zone, minCapacity, maxCapacity);
    }
}
