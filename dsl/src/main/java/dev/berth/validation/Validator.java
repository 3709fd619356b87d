package dev.berth.validation;

import dev.berth.Application;
import dev.berth.diagnostics.Diagnostic;
import dev.berth.diagnostics.Diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a whole program and returns every problem at once: never the first only, and never an exception for a
 * mistake in the program. Each diagnostic carries a stable code (see {@link Rule} and {@link #CODES}), a severity,
 * a path into the model such as {@code service[api].task.container[app].portMappings[0]}, and a message that says
 * what is wrong, the AWS rule behind it and what to do.
 *
 * <p>Values that look like unresolved CDK tokens ({@code ${Token[...]}}) are passed through unchecked wherever an
 * ARN or ID is checked, because their value is only known at deploy time.
 */
public final class Validator {

    /** The code of every rule, in {@link Rule} order. */
    public static final List<String> CODES = Arrays.stream(Rule.values())
            .filter(rule -> rule.stage() == Rule.Stage.MODEL).map(Rule::code).toList();

    /** The rule sets, one per feature, each a function from the program to its diagnostics. */
    private static final List<Function<Application, List<Diagnostic>>> RULE_SETS = List.of(
            NamingRules::check,
            NetworkRules::check,
            EgressRules::check,
            ClusterRules::check,
            TaskDefinitionRules::check,
            ContainerRules::check,
            ContainerRuntimeRules::check,
            FireLensRules::check,
            VolumeRules::check,
            IamRules::check,
            ServiceRules::check,
            LoadBalancerRules::check,
            ScalingRules::check,
            ScalingPolicyRules::check,
            MessagingRules::check,
            ServiceDiscoveryRules::check,
            DnsDiscoveryRules::check,
            StorageRules::check,
            HardeningRules::check,
            DeploymentRules::check,
            EventRules::check,
            ManagedInstancesRules::check,
            PlacementRules::check,
            CodeDeployRules::check,
            Ec2Rules::check);

    private Validator() {
    }

    /**
     * All diagnostics of {@code app}, errors first, then by path and code.
     *
     * @param app the program
     * @return its diagnostics; synthesis stops when they have errors
     */
    public static Diagnostics validate(Application app) {
        List<Diagnostic> all = new ArrayList<>();
        RULE_SETS.forEach(rules -> all.addAll(rules.apply(app)));
        return new Diagnostics(all);
    }
}
