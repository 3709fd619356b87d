package dev.berth.synth.plan;

/**
 * A deploy-time input: a CloudFormation parameter and a Terraform variable of type string.
 *
 * @param name           hyphenated, e.g. {@code api-image-tag}; renderers case it for their target
 * @param description    shown to whoever deploys
 * @param defaultValue   the value used when none is given
 * @param allowedPattern a regular expression the whole value must match, without anchors, in the syntax Java, CloudFormation and Terraform (RE2) share; both targets check it before deploying
 * @param terraformOnly  a Terraform variable with no CloudFormation counterpart (a service's {@code redeployment}
 *                       trigger): CloudFormation declares no parameter for it, and nothing CloudFormation renders
 *                       refers to it
 */
public record Input(String name, String description, String defaultValue, String allowedPattern,
                    boolean terraformOnly) {

    /** An input of both targets. */
    public Input(String name, String description, String defaultValue, String allowedPattern) {
        this(name, description, defaultValue, allowedPattern, false);
    }
}
