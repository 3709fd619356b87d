package dev.berth.scaling;

/**
 * A CloudWatch statistic, as target tracking ({@code CustomizedMetricSpecification.Statistic}) and alarms
 * ({@code Statistic}) accept it: both take exactly these five.
 */
public enum Statistic {
    /** The mean of the values in the period. */
    AVERAGE("Average"),
    /** The lowest value in the period. */
    MINIMUM("Minimum"),
    /** The highest value in the period. */
    MAXIMUM("Maximum"),
    /** The total of the values in the period. */
    SUM("Sum"),
    /** The number of values in the period. */
    SAMPLE_COUNT("SampleCount");

    private final String awsName;

    Statistic(String awsName) {
        this.awsName = awsName;
    }

    /**
     * The name CloudWatch uses.
     *
     * @return e.g. {@code SampleCount}
     */
    public String awsName() {
        return awsName;
    }
}
