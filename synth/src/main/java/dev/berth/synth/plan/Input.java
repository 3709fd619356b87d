package dev.berth.synth.plan;

/**
 * A deploy-time input: a CloudFormation parameter and a Terraform variable of type string.
 *
 * @param name           hyphenated, e.g. {@code api-image-tag}; renderers case it for their target
 * @param description    shown to whoever deploys
 * @param defaultValue   the value used when none is given
 * @param allowedPattern a regular expression the whole value must match, without anchors, in the syntax Java, CloudFormation and Terraform (RE2) share; both targets check it before deploying
 */
public record Input(String name, String description, String defaultValue, String allowedPattern) {
}
