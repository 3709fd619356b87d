package dev.berth.synth.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** CloudFormation intrinsic functions and pseudo parameters. */
final class Intrinsics {

    /** Functions that may stand in for a value of any type in a resource's properties. */
    static final List<String> FUNCTIONS = List.of(
            "Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::Select", "Fn::GetAZs", "Fn::If",
            "Fn::ImportValue", "Fn::Split", "Fn::Base64", "Fn::FindInMap", "Fn::Cidr", "Fn::ToJsonString");

    static final Set<String> PSEUDO_PARAMETERS = Set.of(
            "AWS::Region", "AWS::AccountId", "AWS::Partition", "AWS::StackName", "AWS::StackId",
            "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");

    private Intrinsics() {
    }

    /** True for an object with exactly one key that names an intrinsic function. */
    static boolean isIntrinsic(JsonNode node) {
        return node.isObject() && node.size() == 1 && FUNCTIONS.contains(node.fieldNames().next());
    }
}
