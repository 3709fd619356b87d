package dev.berth.scaling;

/** How a step-scaling alarm compares its metric with the threshold ({@code ComparisonOperator}). */
public enum Comparison {
    /** Alarm when the metric is at or above the threshold: a scale-out alarm. */
    GREATER_THAN_OR_EQUAL("GreaterThanOrEqualToThreshold"),
    /** Alarm when the metric is above the threshold: a scale-out alarm. */
    GREATER_THAN("GreaterThanThreshold"),
    /** Alarm when the metric is below the threshold: a scale-in alarm. */
    LESS_THAN("LessThanThreshold"),
    /** Alarm when the metric is at or below the threshold: a scale-in alarm. */
    LESS_THAN_OR_EQUAL("LessThanOrEqualToThreshold");

    private final String awsName;

    Comparison(String awsName) {
        this.awsName = awsName;
    }

    /**
     * The name CloudWatch uses.
     *
     * @return e.g. {@code GreaterThanThreshold}
     */
    public String awsName() {
        return awsName;
    }

    /**
     * Whether the alarm fires above the threshold, so that its steps lie at or above 0 (relative to the threshold).
     *
     * @return true for the greater-than comparisons
     */
    public boolean above() {
        return this == GREATER_THAN || this == GREATER_THAN_OR_EQUAL;
    }
}
