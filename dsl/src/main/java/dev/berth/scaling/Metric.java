package dev.berth.scaling;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A CloudWatch metric with the statistic to read it by, e.g.
 * {@code Metric.of("Shop/Orders", "PendingOrders").withDimension("Service", "checkout").withStatistic(Statistic.SUM)}.
 *
 * @param namespace  e.g. {@code AWS/SQS} or your own namespace. Valid: 1-255 characters, not starting with a colon.
 * @param name       the metric name. Valid: 1-255 characters.
 * @param dimensions name to value, kept sorted by name. Default: none. Valid: at most 30, names and values
 *                   non-empty (names up to 255, values up to 1024 characters).
 * @param statistic  Default: {@link Statistic#AVERAGE}.
 * @param unit       the unit the metric is published in, or empty for any. Default: empty. Valid: a CloudWatch
 *                   unit ({@code Count}, {@code Percent}, {@code Seconds}, {@code Bytes/Second}, ...).
 */
public record Metric(String namespace, String name, Map<String, String> dimensions, Statistic statistic,
                     String unit) {

    /**
     * Creates the metric; programs use {@link #of(String, String)} and the {@code with...} methods.
     *
     * @param namespace  the namespace. Valid: 1-255 characters.
     * @param name       the metric name. Valid: 1-255 characters.
     * @param dimensions name to value. Valid: at most 30.
     * @param statistic  the statistic
     * @param unit       the unit, or empty for any
     * @throws NullPointerException when a component is null
     */
    public Metric {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        dimensions = Collections.unmodifiableMap(new TreeMap<>(dimensions));
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A metric without dimensions, read by its average.
     *
     * @param namespace e.g. {@code Shop/Orders}. Valid: 1-255 characters.
     * @param name      e.g. {@code PendingOrders}. Valid: 1-255 characters.
     * @return the metric
     */
    public static Metric of(String namespace, String name) {
        return new Metric(namespace, name, Map.of(), Statistic.AVERAGE, "");
    }

    /**
     * This metric with one more dimension.
     *
     * @param dimension the dimension's name. Valid: 1-255 characters.
     * @param value     its value. Valid: 1-1024 characters.
     * @return a new metric
     */
    public Metric withDimension(String dimension, String value) {
        Map<String, String> more = new TreeMap<>(dimensions);
        more.put(dimension, value);
        return new Metric(namespace, name, more, statistic, unit);
    }

    /**
     * This metric read by another statistic.
     *
     * @param statistic the statistic. Default: {@link Statistic#AVERAGE}.
     * @return a new metric
     */
    public Metric withStatistic(Statistic statistic) {
        return new Metric(namespace, name, dimensions, statistic, unit);
    }

    /**
     * This metric in a unit.
     *
     * @param unit a CloudWatch unit, e.g. {@code Count}. Default: empty (any).
     * @return a new metric
     */
    public Metric withUnit(String unit) {
        return new Metric(namespace, name, dimensions, statistic, unit);
    }
}
