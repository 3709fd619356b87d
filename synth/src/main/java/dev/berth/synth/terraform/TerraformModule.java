package dev.berth.synth.terraform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One synthesised Terraform JSON module.
 *
 * @param name  the module's name (the plan's name)
 * @param files file name to content, in the order {@code main.tf.json}, {@code variables.tf.json},
 *              {@code outputs.tf.json}, {@code versions.tf.json}, {@code README.md}
 */
public record TerraformModule(String name, Map<String, String> files) {

    public TerraformModule {
        // a copy that keeps the order, so writers and reviewers see the files in the same order every time
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
