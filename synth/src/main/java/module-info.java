/**
 * Berth's synthesis: the entry points ({@code Berth}, the front door of a program's {@code main}; {@code Synthesizer},
 * {@code Program}, the command line), the CloudFormation and Terraform renderers, and the plan's value types (read
 * by the CDK constructs). Planning (planners, {@code PlanBuilder}, the creation-order rules), the per-kind renderings
 * and the JSON and file writers are internal: nothing outside this module builds on how a plan is made or written.
 */
module dev.berth.synth {
    requires transitive dev.berth.dsl;
    // Public API returns Jackson trees (Synthesis.cloudFormation(), CloudFormationRenderer, CloudFormationStack).
    requires transitive com.fasterxml.jackson.databind;
    requires freemarker; // an automatic module (Automatic-Module-Name in its manifest)
    requires info.picocli;

    exports dev.berth.synth;
    exports dev.berth.synth.cli;
    exports dev.berth.synth.cloudformation;
    exports dev.berth.synth.terraform;
    exports dev.berth.synth.plan;
    exports dev.berth.synth.plan.capacity;
    exports dev.berth.synth.plan.compute;
    exports dev.berth.synth.plan.events;
    exports dev.berth.synth.plan.iam;
    exports dev.berth.synth.plan.loadbalancing;
    exports dev.berth.synth.plan.messaging;
    exports dev.berth.synth.plan.network;
    exports dev.berth.synth.plan.scaling;
    exports dev.berth.synth.plan.servicediscovery;
    exports dev.berth.synth.plan.storage;
    exports dev.berth.synth.plan.security;
    exports dev.berth.synth.plan.monitoring;
    exports dev.berth.synth.plan.deployment;

    // picocli sets the annotated (private) option fields of the commands by reflection.
    opens dev.berth.synth.cli to info.picocli;
    // Freemarker loads the Terraform README template (dev/berth/synth/terraform/README.md.ftl) from this package.
    opens dev.berth.synth.terraform to freemarker;
    // ... and the AppSpec template (dev/berth/synth/codedeploy/appspec.yaml.ftl) from this one.
    opens dev.berth.synth.codedeploy to freemarker;
}
