package dev.berth.synth.plan;

/**
 * A value users look up after deploying (a CloudFormation output, a Terraform output).
 *
 * @param name        hyphenated, e.g. {@code web-load-balancer-dns-name}
 * @param description what it is
 * @param value       the value
 */
public record Output(String name, String description, Value value) {
}
