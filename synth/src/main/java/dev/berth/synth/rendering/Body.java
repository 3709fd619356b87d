package dev.berth.synth.rendering;

import dev.berth.synth.plan.Value;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The body of one resource (CloudFormation {@code Properties}, a Terraform resource block) or a nested object in
 * it, written in insertion order. A kind's {@link Rendering} says which keys it has; the target's implementation
 * says how values, references, strings and tags are spelled (CloudFormation intrinsics, Terraform templates with
 * {@code ${} escaped). Every method leaves the key out when the plan says "absent": a {@code null} value or an
 * empty list, so renderings never interpret sentinels.
 */
public interface Body {

    /** A plain string (Terraform escapes {@code ${} and {@code %{} in it). Left out when null. */
    Body string(String key, String value);

    /** Left out when null. */
    Body integer(String key, Integer value);

    /** Left out when null. */
    Body number(String key, Double value);

    /** A whole number beyond {@code int} (a POSIX ID); null is left out. */
    Body wholeNumber(String key, Long value);

    /** Left out when null. */
    Body bool(String key, Boolean value);

    /** A plan value: literal, reference, input, pseudo value or concatenation. Left out when null. */
    Body value(String key, Value value);

    /**
     * A plan value the target encodes in base64 when it deploys (EC2 user data): {@code Fn::Base64} in
     * CloudFormation, {@code base64encode(...)} in Terraform. Left out when null.
     */
    Body base64(String key, Value value);

    /** A list of plan values; left out when empty. */
    Body values(String key, List<Value> values);

    /** A list of plain strings; left out when empty. */
    Body strings(String key, List<String> values);

    /** One value as itself, several as a list (IAM's spelling of actions and resources); left out when empty. */
    Body oneOrMany(String key, List<Value> values);

    /** A nested object, always written. */
    Body object(String key, Consumer<Body> fill);

    /** A list of nested objects, one per item; left out when empty. */
    <T> Body objects(String key, List<T> items, BiConsumer<Body, T> fill);

    /** A list of nested objects, one per item; written even when empty (a property the target requires). */
    <T> Body requiredObjects(String key, List<T> items, BiConsumer<Body, T> fill);

    /** An object whose keys are data (log options, condition keys), values plan values; always written. */
    Body valueMap(String key, Map<String, Value> entries);

    /**
     * A JSON document (an IAM policy, Terraform's container definitions) as the target embeds it: a JSON object in
     * CloudFormation, a string holding compact JSON in Terraform (whose strings inside are templates).
     */
    Body document(String key, Consumer<Body> fill);

    /** A JSON array of objects as the target embeds a document (see {@link #document}); always written. */
    <T> Body documentArray(String key, List<T> items, BiConsumer<Body, T> fill);

    /** The resource's tags in the target's spelling; left out when there are none. */
    Body tags(Map<String, String> tags);

    /**
     * A JSON document the plan holds as text (an event pattern), whose string values may contain plan references
     * (the text is a concatenation of JSON fragments and values): a JSON object in CloudFormation, where a string with
     * references becomes the intrinsic that builds it; the text itself (a template) in Terraform. Left out when null.
     */
    Body jsonText(String key, Value json);
}
