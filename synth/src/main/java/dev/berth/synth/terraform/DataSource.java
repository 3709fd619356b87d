package dev.berth.synth.terraform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.synth.output.Json;

/** The data sources a module may read; main.tf.json declares exactly those its values use, in this order. */
enum DataSource {
    PARTITION("aws_partition", "current"),
    REGION("aws_region", "current"),
    CALLER_IDENTITY("aws_caller_identity", "current"),
    AVAILABILITY_ZONES("aws_availability_zones", "available");

    private final String type;
    private final String label;

    DataSource(String type, String label) {
        this.type = type;
        this.label = label;
    }

    String type() {
        return type;
    }

    /** The data source's name in the module, e.g. {@code current}. */
    String label() {
        return label;
    }

    /** The traversal of one of its attributes, e.g. {@code data.aws_region.current.region}. */
    String read(String attribute) {
        return "data." + type + "." + label + "." + attribute;
    }

    ObjectNode body() {
        ObjectNode body = Json.object();
        if (this == AVAILABILITY_ZONES) {
            // only zones the account can use; opt-in Local Zones and unavailable zones would break subnets
            body.put("state", "available");
        }
        return body;
    }
}
