package dev.berth.scaling;

/**
 * One step of a step-scaling policy: while the alarm's metric minus its threshold lies in
 * [{@code lowerBound}, {@code upperBound}), the task count changes by {@code adjustment}. Bounds are relative to the
 * threshold (AWS's {@code MetricIntervalLowerBound}/{@code MetricIntervalUpperBound}); an infinite bound is
 * open-ended (AWS leaves it out).
 *
 * @param lowerBound inclusive; {@link Double#NEGATIVE_INFINITY} for none
 * @param upperBound exclusive; {@link Double#POSITIVE_INFINITY} for none
 * @param adjustment tasks, percent or exact count, as the policy's {@link AdjustmentType} says
 */
public record StepAdjustment(double lowerBound, double upperBound, int adjustment) {

    /**
     * A step between two bounds, e.g. {@code between(0, 50, 1)}: 0 to 50 above the threshold adds a task.
     *
     * @param lowerBound inclusive, relative to the threshold
     * @param upperBound exclusive, relative to the threshold
     * @param adjustment the change
     * @return the step
     */
    public static StepAdjustment between(double lowerBound, double upperBound, int adjustment) {
        return new StepAdjustment(lowerBound, upperBound, adjustment);
    }

    /**
     * An open-ended step upwards, e.g. {@code from(50, 3)}: 50 or more above the threshold adds three tasks.
     *
     * @param lowerBound inclusive, relative to the threshold
     * @param adjustment the change
     * @return the step
     */
    public static StepAdjustment from(double lowerBound, int adjustment) {
        return new StepAdjustment(lowerBound, Double.POSITIVE_INFINITY, adjustment);
    }

    /**
     * An open-ended step downwards, e.g. {@code below(0, -1)}: anywhere below the threshold removes a task.
     *
     * @param upperBound exclusive, relative to the threshold
     * @param adjustment the change
     * @return the step
     */
    public static StepAdjustment below(double upperBound, int adjustment) {
        return new StepAdjustment(Double.NEGATIVE_INFINITY, upperBound, adjustment);
    }
}
