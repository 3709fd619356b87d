package dev.berth.scaling;

/** How a step policy aggregates the alarm's datapoints ({@code MetricAggregationType}). */
public enum MetricAggregation {
    /** The mean of the datapoints (the AWS default). */
    AVERAGE("Average"),
    /** The lowest datapoint. */
    MINIMUM("Minimum"),
    /** The highest datapoint. */
    MAXIMUM("Maximum");

    private final String awsName;

    MetricAggregation(String awsName) {
        this.awsName = awsName;
    }

    /**
     * The name Application Auto Scaling uses.
     *
     * @return e.g. {@code Average}
     */
    public String awsName() {
        return awsName;
    }
}
