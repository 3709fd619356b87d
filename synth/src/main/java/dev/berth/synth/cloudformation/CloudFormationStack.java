package dev.berth.synth.cloudformation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One CloudFormation stack of a synthesised program: its name and its template. */
public record CloudFormationStack(String name, ObjectNode template) {
}
