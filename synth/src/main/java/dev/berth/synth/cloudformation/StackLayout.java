package dev.berth.synth.cloudformation;

/**
 * How the CloudFormation output is split into stacks. (Terraform output is always one module: it has no such
 * limits.) A CloudFormation stack holds at most 500 resources, 200 outputs and 200 parameters in a template of at
 * most 1,000,000 bytes.
 */
public enum StackLayout {
    /**
     * One stack while the program fits in one; otherwise {@link #PER_SERVICE}. Pin a layout before a growing
     * program crosses the limit: moving resources between stacks makes CloudFormation replace them.
     */
    AUTOMATIC,
    /** Always one stack (synthesis fails if it exceeds CloudFormation's limits). */
    SINGLE,
    /**
     * A shared stack (network, clusters, load balancers, endpoints) plus one stack per service, or per stack
     * group named in {@link CloudFormationOptions}; service stacks import what they use from the
     * shared stack through exports. Adding a service adds a stack and never moves an existing service.
     */
    PER_SERVICE
}
