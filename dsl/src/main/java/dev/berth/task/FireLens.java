package dev.berth.task;

import java.util.Objects;

/**
 * Where a container's logs go when the task's log router (FireLens) routes them: the {@code awsfirelens} log driver
 * hands the container's output to the router, which sends it on with one of Fluent Bit's AWS outputs. Set it with
 * {@link Logging#fireLens(FireLens)}; the task needs a log router ({@link TaskDefinition.Builder#logRouter()}).
 *
 * <p>The outputs and the options Berth writes for them (Fluent Bit manual, "Amazon CloudWatch", "Amazon Kinesis Data
 * Firehose", "Amazon S3" outputs):
 * <ul>
 *   <li>{@link #cloudWatchLogs()}: {@code cloudwatch_logs} to the log group that {@link Logging}'s group settings
 *   describe (name, stream prefix, region, retention, KMS key, removal policy), which Berth declares unless
 *   {@code createGroup(true)} asks the output to create it ({@code auto_create_group}). The task role may create
 *   streams in and write to that group only.</li>
 *   <li>{@link #firehose(String)}: {@code kinesis_firehose} to an existing Amazon Data Firehose delivery stream; the
 *   task role may call {@code firehose:PutRecordBatch} on that stream only.</li>
 *   <li>{@link #s3(String, String)}: {@code s3} to an existing bucket, under a key prefix; the task role may call
 *   {@code s3:PutObject} under that prefix only. Fluent Bit buffers in {@code /tmp/fluent-bit/s3} and uploads a file
 *   every 10 minutes or 100 MB.</li>
 * </ul>
 *
 * @param output      the Fluent Bit output. {@link Output#NONE} means the container does not use FireLens.
 * @param destination the delivery stream's name (Firehose) or the bucket's name (S3); empty for CloudWatch Logs,
 *                    whose group {@link Logging} names.
 * @param keyPrefix   the S3 key prefix; empty means {@code <application>/<service>/}. Empty for the other outputs.
 */
public record FireLens(Output output, String destination, String keyPrefix) {

    /** The container does not use FireLens: the default. */
    public static final FireLens NONE = new FireLens(Output.NONE, "", "");

    /** The Fluent Bit outputs Berth configures. */
    public enum Output {
        /** Not routed through FireLens. */
        NONE,
        /** Fluent Bit's {@code cloudwatch_logs} output. */
        CLOUDWATCH_LOGS,
        /** Fluent Bit's {@code kinesis_firehose} output. */
        KINESIS_FIREHOSE,
        /** Fluent Bit's {@code s3} output. */
        S3
    }

    /**
     * Creates the FireLens routing; programs use the factories.
     *
     * @param output      the Fluent Bit output
     * @param destination the delivery stream's or bucket's name; empty for CloudWatch Logs
     * @param keyPrefix   the S3 key prefix; empty means {@code <application>/<service>/}
     * @throws NullPointerException when a component is null
     */
    public FireLens {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /**
     * To CloudWatch Logs, into the group that the container's {@link Logging} settings describe (default
     * {@code /ecs/<application>/<service>}, streams {@code <service>/<container>-firelens-<task-id>}).
     *
     * @return the routing
     */
    public static FireLens cloudWatchLogs() {
        return new FireLens(Output.CLOUDWATCH_LOGS, "", "");
    }

    /**
     * To an existing Amazon Data Firehose delivery stream of the deployment's account, in the region
     * {@link Logging.Builder#region(String)} says (default: the stack's).
     *
     * @param deliveryStreamName the stream's name. Valid: 1 to 64 letters, digits, hyphens, underscores and dots
     * @return the routing
     */
    public static FireLens firehose(String deliveryStreamName) {
        return new FireLens(Output.KINESIS_FIREHOSE, deliveryStreamName, "");
    }

    /**
     * To an existing S3 bucket, under {@code <application>/<service>/}.
     *
     * @param bucket the bucket's name. Valid: an S3 bucket name (3 to 63 lower-case letters, digits, dots, hyphens)
     * @return the routing
     */
    public static FireLens s3(String bucket) {
        return new FireLens(Output.S3, bucket, "");
    }

    /**
     * To an existing S3 bucket, under a key prefix: objects are
     * {@code <keyPrefix><container>-firelens-<task-id>/<yyyy>/<MM>/<dd>/<HH>/<mm>/<ss>} followed by a random
     * suffix.
     *
     * @param bucket    the bucket's name. Valid: an S3 bucket name (3 to 63 lower-case letters, digits, dots,
     *                  hyphens)
     * @param keyPrefix the key prefix, e.g. {@code logs/api/}. Valid: up to 512 letters, digits and
     *                  {@code / ! - _ . * ' ( ) =}, not starting with {@code /}
     * @return the routing
     */
    public static FireLens s3(String bucket, String keyPrefix) {
        return new FireLens(Output.S3, bucket, keyPrefix);
    }

    /**
     * The S3 key prefix: the one given, else {@code <application>/<service>/}.
     *
     * @param application the application's name
     * @param service     the service's name
     * @return the key prefix
     */
    public String keyPrefixFor(String application, String service) {
        return keyPrefix.isEmpty() ? application + "/" + service + "/" : keyPrefix;
    }

    /**
     * Whether the container's logs go through FireLens.
     *
     * @return true unless the output is {@link Output#NONE}
     */
    public boolean isPresent() {
        return output != Output.NONE;
    }
}
