package dev.berth.cdk;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jackson tree as the plain Java values jsii hands to the CDK (Map, List, String, Number, Boolean), unchanged
 * otherwise: keys keep their order, nothing is added or dropped.
 */
final class PlainJava {

    private PlainJava() {
    }

    static Object of(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), of(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(of(item)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            if (node.canConvertToInt() && node.isIntegralNumber()) {
                return node.intValue();
            }
            return node.isIntegralNumber() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNull()) {
            return null;
        }
        throw new IllegalArgumentException("a CloudFormation template holds no " + node.getNodeType() + " values");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(JsonNode node) {
        return (Map<String, Object>) of(node);
    }
}
