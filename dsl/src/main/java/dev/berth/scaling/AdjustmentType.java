package dev.berth.scaling;

/** How a step's adjustment changes the task count ({@code AdjustmentType}). */
public enum AdjustmentType {
    /** Add (positive) or remove (negative) this many tasks. */
    CHANGE_IN_CAPACITY("ChangeInCapacity"),
    /** Set the task count to exactly this number (0 or more). */
    EXACT_CAPACITY("ExactCapacity"),
    /** Add or remove this percentage of the current task count. */
    PERCENT_CHANGE_IN_CAPACITY("PercentChangeInCapacity");

    private final String awsName;

    AdjustmentType(String awsName) {
        this.awsName = awsName;
    }

    /**
     * The name Application Auto Scaling uses.
     *
     * @return e.g. {@code ChangeInCapacity}
     */
    public String awsName() {
        return awsName;
    }
}
