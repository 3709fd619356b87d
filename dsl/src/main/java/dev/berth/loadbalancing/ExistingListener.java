package dev.berth.loadbalancing;

import java.util.Objects;

/**
 * A listener of a load balancer Berth does not create: typically a shared platform Application Load Balancer whose
 * HTTPS listener several teams attach their services to. Services exposed on it get their own target group and
 * listener rule, with a priority inside the range the program gives (so that teams sharing the listener do not
 * clash), and their tasks admit the load balancer's security group. Berth changes nothing else: not the load
 * balancer, not its listener's default action, not its security group (whose outbound rules must let it reach the
 * tasks; the default all-outbound rule does).
 *
 * <p>The values pass through untouched, so they may be CDK tokens; with {@link #deployTimeInputs()} they become
 * deploy-time inputs (CloudFormation parameters, Terraform variables) whose defaults are the values given.
 *
 * @param name             identity in the program: exposures name it like a load balancer. Required.
 * @param listenerArn      the listener's ARN. Required.
 * @param securityGroupId  the load balancer's security group, admitted by the tasks. Required.
 * @param priorityFrom     the first listener rule priority the program may use. Default: 1.
 * @param priorityTo       the last listener rule priority the program may use. Default: 50000.
 * @param deployTimeInputs whether the listener ARN and security group ID are deploy-time inputs named
 *                         {@code <name>-listener-arn} and {@code <name>-security-group-id}. Default: false.
 */
public record ExistingListener(String name, String listenerArn, String securityGroupId, int priorityFrom,
                               int priorityTo, boolean deployTimeInputs) {

    /** The lowest listener rule priority Elastic Load Balancing accepts. */
    public static final int MIN_PRIORITY = 1;
    /** The highest listener rule priority Elastic Load Balancing accepts. */
    public static final int MAX_PRIORITY = 50_000;

    /**
     * Creates the ExistingListener; programs use {@link #builder()} instead.
     *
     * @param name             identity in the program: exposures name it like a load balancer. Required.
     * @param listenerArn      the listener's ARN. Required.
     * @param securityGroupId  the load balancer's security group, admitted by the tasks. Required.
     * @param priorityFrom     the first listener rule priority the program may use. Default: 1.
     * @param priorityTo       the last listener rule priority the program may use. Default: 50000.
     * @param deployTimeInputs whether the listener ARN and security group ID are deploy-time inputs. Default: false.
     * @throws NullPointerException when a reference component is null
     */
    public ExistingListener {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(listenerArn, "listenerArn");
        Objects.requireNonNull(securityGroupId, "securityGroupId");
    }

    /**
     * How many listener rules fit in the priority range.
     *
     * @return the size of the range; 0 or less when it is inverted
     */
    public int prioritySlots() {
        return priorityTo - priorityFrom + 1;
    }

    /**
     * Starts a builder holding the defaults documented on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this ExistingListener's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).listenerArn(listenerArn).securityGroupId(securityGroupId)
                .priorities(priorityFrom, priorityTo).deployTimeInputs(deployTimeInputs);
    }

    /**
     * Builds an {@link ExistingListener}. Every setter documents its default and valid values.
     */
    public static final class Builder {
        private String name = "";
        private String listenerArn = "";
        private String securityGroupId = "";
        private int priorityFrom = MIN_PRIORITY;
        private int priorityTo = MAX_PRIORITY;
        private boolean deployTimeInputs;

        private Builder() {
        }

        /**
         * Identity in the program; exposures name it. Required. Valid: lower-case letters, digits and hyphens,
         * starting with a letter, up to 32; unique among the program's load balancers and listeners.
         *
         * @param name the new value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * The listener's ARN, e.g. {@code arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/platform/
         * 50dc6c495c0c9188/f2f7dc8efc522ab2}. Required. Valid: an Application Load Balancer listener ARN, or a CDK
         * token.
         *
         * @param arn the listener's ARN
         * @return this builder
         */
        public Builder listenerArn(String arn) {
            this.listenerArn = arn;
            return this;
        }

        /**
         * The load balancer's security group: the tasks admit traffic from it on their container port. Required.
         * Valid: {@code sg-} and 8 or 17 hexadecimal digits, or a CDK token.
         *
         * @param id the security group's ID
         * @return this builder
         */
        public Builder securityGroupId(String id) {
            this.securityGroupId = id;
            return this;
        }

        /**
         * The listener rule priorities this program may use, e.g. the range a platform team assigned. Berth gives
         * each exposure a number in it that depends only on the exposure (more specific rules first), so adding a
         * service renumbers no other. Default: 1 to 50000. Valid: {@code 1 <= from <= to <= 50000}, with at least
         * as many numbers as exposures on the listener.
         *
         * @param from the first priority
         * @param to   the last priority
         * @return this builder
         */
        public Builder priorities(int from, int to) {
            this.priorityFrom = from;
            this.priorityTo = to;
            return this;
        }

        /**
         * Makes the listener ARN and the security group ID deploy-time inputs, {@code <name>-listener-arn} and
         * {@code <name>-security-group-id} (CloudFormation parameters, Terraform variables) defaulting to the
         * values given, so one synthesised output serves several environments. Default: false (the values are
         * written into the output).
         *
         * @param inputs whether the values are deploy-time inputs
         * @return this builder
         */
        public Builder deployTimeInputs(boolean inputs) {
            this.deployTimeInputs = inputs;
            return this;
        }

        /**
         * Builds the ExistingListener. Values are checked later, with the whole program, by the validator.
         *
         * @return the ExistingListener
         */
        public ExistingListener build() {
            return new ExistingListener(name, listenerArn, securityGroupId, priorityFrom, priorityTo,
                    deployTimeInputs);
        }
    }
}
