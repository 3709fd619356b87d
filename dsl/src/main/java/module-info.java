/**
 * Berth's fluent DSL, its immutable model, the validation rules and their diagnostics. Depends on nothing outside
 * {@code java.base}; the plan and the renderers ({@code berth-synth}) read the model through these packages.
 */
module dev.berth.dsl {
    exports dev.berth;
    exports dev.berth.compute;
    exports dev.berth.diagnostics;
    exports dev.berth.events;
    exports dev.berth.iam;
    exports dev.berth.loadbalancing;
    exports dev.berth.messaging;
    exports dev.berth.network;
    exports dev.berth.placement;
    exports dev.berth.scaling;
    exports dev.berth.service;
    exports dev.berth.servicediscovery;
    exports dev.berth.storage;
    exports dev.berth.task;
    exports dev.berth.validation;
}
