package dev.berth.synth.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudFormationTemplateValidatorTest {

    /** A small template in the shape Berth writes: every kind of reference, all of them resolving. */
    private static final String VALID = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Parameters": { "ImageTag": { "Type": "String", "Default": "1.27" } },
              "Resources": {
                "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.0.0.0/16", "EnableDnsHostnames": true } },
                "SubnetA": {
                  "Type": "AWS::EC2::Subnet",
                  "Properties": {
                    "VpcId": { "Ref": "Vpc" },
                    "CidrBlock": { "Fn::Select": [0, { "Fn::Cidr": [{ "Fn::GetAtt": ["Vpc", "CidrBlock"] }, 4, 8] }] },
                    "AvailabilityZone": { "Fn::Select": [0, { "Fn::GetAZs": "" }] }
                  }
                },
                "ServiceSg": {
                  "Type": "AWS::EC2::SecurityGroup",
                  "Properties": {
                    "GroupDescription": "api tasks",
                    "VpcId": { "Ref": "Vpc" },
                    "SecurityGroupEgress": [{ "IpProtocol": "-1", "CidrIp": "0.0.0.0/0" }]
                  }
                },
                "Cluster": { "Type": "AWS::ECS::Cluster", "Properties": { "ClusterName": { "Fn::Sub": "${AWS::StackName}-cluster" } } },
                "Logs": { "Type": "AWS::Logs::LogGroup", "Properties": { "LogGroupName": "/berth/api", "RetentionInDays": 30 } },
                "ExecutionRole": {
                  "Type": "AWS::IAM::Role",
                  "Properties": {
                    "AssumeRolePolicyDocument": {
                      "Version": "2012-10-17",
                      "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ecs-tasks.amazonaws.com" }, "Action": "sts:AssumeRole" }]
                    },
                    "ManagedPolicyArns": [{ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy" }]
                  }
                },
                "Task": {
                  "Type": "AWS::ECS::TaskDefinition",
                  "Properties": {
                    "Family": "api",
                    "Cpu": "256",
                    "Memory": "512",
                    "NetworkMode": "awsvpc",
                    "RequiresCompatibilities": ["FARGATE"],
                    "ExecutionRoleArn": { "Fn::GetAtt": ["ExecutionRole", "Arn"] },
                    "ContainerDefinitions": [{
                      "Name": "app",
                      "Image": { "Fn::Sub": ["nginx:${Tag}", { "Tag": { "Ref": "ImageTag" } }] },
                      "Essential": true,
                      "PortMappings": [{ "ContainerPort": 80, "Protocol": "tcp" }],
                      "LogConfiguration": {
                        "LogDriver": "awslogs",
                        "Options": { "awslogs-group": { "Ref": "Logs" }, "awslogs-region": { "Ref": "AWS::Region" }, "awslogs-stream-prefix": "app" }
                      }
                    }]
                  }
                },
                "Service": {
                  "Type": "AWS::ECS::Service",
                  "DependsOn": ["Logs"],
                  "Properties": {
                    "Cluster": { "Ref": "Cluster" },
                    "TaskDefinition": { "Ref": "Task" },
                    "DesiredCount": 2,
                    "LaunchType": "FARGATE",
                    "NetworkConfiguration": {
                      "AwsvpcConfiguration": { "AssignPublicIp": "DISABLED", "Subnets": [{ "Ref": "SubnetA" }], "SecurityGroups": [{ "Fn::GetAtt": "ServiceSg.GroupId" }] }
                    },
                    "DeploymentConfiguration": { "DeploymentCircuitBreaker": { "Enable": true, "Rollback": true } }
                  }
                },
                "CDKMetadata": { "Type": "AWS::CDK::Metadata", "Properties": { "Analytics": "v2:deflate64:abc" } }
              },
              "Outputs": {
                "ServiceName": { "Value": { "Fn::GetAtt": ["Service", "Name"] } },
                "ClusterArn": { "Value": { "Fn::Sub": "${Cluster.Arn} in ${AWS::Region}, literal ${!NotAReference}" } }
              }
            }
            """;

    @Test
    void validTemplatePasses() {
        assertThat(CloudFormationTemplateValidator.validate(json(VALID))).isEmpty();
    }

    @Test
    void unknownResourceTypeFails() {
        assertThat(problemsAfter("/Resources/Logs", r -> r.put("Type", "AWS::Logs::LogGroupp")))
                .singleElement().asString().contains("Resources.Logs", "unknown resource type AWS::Logs::LogGroupp");
    }

    @Test
    void unknownPropertyFailsEvenBesideIntrinsics() {
        assertThat(problemsAfter("/Resources/Service/Properties", p -> p.put("DesiredCnt", 2)))
                .singleElement().asString().contains("Resources.Service (AWS::ECS::Service)", "DesiredCnt");
    }

    @Test
    void unknownPropertyFailsInsideNestedDefinition() {
        assertThat(problemsAfter("/Resources/Task/Properties/ContainerDefinitions/0", c -> c.put("Imagee", "x")))
                .singleElement().asString().contains("Resources.Task", "Imagee");
    }

    @Test
    void missingRequiredPropertyFails() {
        assertThat(problemsAfter("/Resources/ServiceSg/Properties", p -> p.remove("GroupDescription")))
                .singleElement().asString().contains("Resources.ServiceSg", "GroupDescription");
    }

    @Test
    void wrongTypeFails() {
        assertThat(problemsAfter("/Resources/Service/Properties", p -> p.put("DesiredCount", "two")))
                .singleElement().asString().contains("Resources.Service", "Properties.DesiredCount", "integer");
        assertThat(problemsAfter("/Resources/Vpc/Properties", p -> p.put("EnableDnsHostnames", "yes")))
                .singleElement().asString().contains("Resources.Vpc", "EnableDnsHostnames", "boolean");
        assertThat(problemsAfter("/Resources/Task/Properties", p -> p.put("RequiresCompatibilities", "FARGATE")))
                .singleElement().asString().contains("Resources.Task", "RequiresCompatibilities", "array");
    }

    @Test
    void enumViolationFails() {
        assertThat(problemsAfter("/Resources/Service/Properties", p -> p.put("LaunchType", "LAMBDA")))
                .singleElement().asString().contains("Resources.Service", "LaunchType", "enum");
    }

    @Test
    void readOnlyPropertyFails() {
        assertThat(problemsAfter("/Resources/Logs/Properties", p -> p.put("Arn", "arn:aws:logs:::x")))
                .singleElement().asString().contains("Resources.Logs", "Properties.Arn", "read-only");
    }

    @Test
    void intrinsicsAreAcceptedForEveryKindOfValue() {
        assertThat(problemsAfter("/Resources/Service/Properties", p -> {
            p.set("DesiredCount", json("{\"Fn::If\": [\"IsProd\", 4, 1]}"));                         // integer
            p.set("EnableExecuteCommand", json("{\"Fn::If\": [\"IsProd\", false, true]}"));          // boolean
            p.set("LaunchType", json("{\"Fn::ImportValue\": \"launch-type\"}"));                      // enum string
            p.set("LoadBalancers", json("{\"Ref\": \"AWS::NoValue\"}"));                              // array
            p.set("DeploymentConfiguration", json("{\"Fn::If\": [\"IsProd\", {}, {\"Ref\": \"AWS::NoValue\"}]}")); // object
            ((ObjectNode) p.at("/NetworkConfiguration/AwsvpcConfiguration"))
                    .set("Subnets", json("{\"Fn::Split\": [\",\", {\"Fn::ImportValue\": \"subnets\"}]}"));
        }, t -> ((ObjectNode) t).putObject("Conditions").set("IsProd",
                json("{\"Fn::Equals\": [{\"Ref\": \"AWS::AccountId\"}, \"123456789012\"]}")))).isEmpty();
    }

    @Test
    void objectsThatOnlyLookLikeIntrinsicsAreNotLoosened() {
        assertThat(problemsAfter("/Resources/Service/Properties", p -> p.set("DesiredCount", json("{\"Ref\": \"Task\", \"Extra\": 1}"))))
                .anySatisfy(problem -> assertThat(problem).contains("Resources.Service", "DesiredCount"));
        assertThat(problemsAfter("/Resources/Service/Properties", p -> p.set("DesiredCount", json("{\"Fn::Equals\": [1, 1]}"))))
                .singleElement().asString().contains("Resources.Service", "DesiredCount");
    }

    @Test
    void refToUndeclaredNameFails() {
        assertThat(problemsAfter("/Resources/Subnet" + "A/Properties", p -> p.set("VpcId", json("{\"Ref\": \"Vcp\"}"))))
                .singleElement().asString().contains("Resources.SubnetA", "Ref Vcp");
    }

    @Test
    void getAttOfUndeclaredResourceFails() {
        assertThat(problemsAfter("/Resources/Task/Properties", p -> p.set("ExecutionRoleArn", json("{\"Fn::GetAtt\": [\"TaskRole\", \"Arn\"]}"))))
                .singleElement().asString().contains("Resources.Task", "Fn::GetAtt TaskRole.Arn", "no declared resource");
    }

    @Test
    void getAttOfUnknownAttributeFails() {
        assertThat(problemsAfter("/Resources/Task/Properties", p -> p.set("ExecutionRoleArn", json("{\"Fn::GetAtt\": \"ExecutionRole.RoleArn\"}"))))
                .singleElement().asString().contains("Resources.Task", "AWS::IAM::Role has no attribute RoleArn");
    }

    @Test
    void subVariablesAreResolved() {
        assertThat(problemsAfter("/Resources/Cluster/Properties", p -> p.set("ClusterName", json("{\"Fn::Sub\": \"${Missing}-${Vpc.NoSuchAttr}-${!Literal}\"}"))))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("Resources.Cluster", "${Missing}"))
                .anySatisfy(problem -> assertThat(problem).contains("Resources.Cluster", "${Vpc.NoSuchAttr}", "no attribute NoSuchAttr"));
    }

    @Test
    void dependsOnUndeclaredResourceFails() {
        assertThat(problemsAfter("/Resources/Service", s -> s.put("DependsOn", "Listener")))
                .singleElement().asString().contains("Resources.Service", "DependsOn \"Listener\"");
    }

    @Test
    void dependencyCycleFails() {
        assertThat(problemsAfter("/Resources/Vpc", v -> v.put("DependsOn", "Service")))
                .singleElement().asString().contains("dependency cycle", "Vpc -> Service");
    }

    @Test
    void outputReferencesAreChecked() {
        assertThat(problemsAfter("/Outputs/ServiceName", o -> o.set("Value", json("{\"Fn::GetAtt\": [\"Service\", \"Arn\"]}"))))
                .singleElement().asString().contains("Outputs.ServiceName", "AWS::ECS::Service has no attribute Arn");
    }

    @Test
    void nestedStackOutputsAreAttributes() {
        assertThat(problemsAfter("/Resources", r -> r.set("Child", json(
                "{\"Type\": \"AWS::CloudFormation::Stack\", \"Properties\": {\"TemplateURL\": \"https://example.com/t.json\"}}")),
                t -> ((ObjectNode) t.get("Outputs")).set("ChildVpc", json("{\"Value\": {\"Fn::GetAtt\": [\"Child\", \"Outputs.VpcId\"]}}"))))
                .isEmpty();
    }

    @Test
    void quotasAreEnforced() {
        assertThat(problemsAfter("/Resources", r -> {
            for (int i = 0; i < CloudFormationTemplateValidator.MAX_RESOURCES; i++) {
                r.set("Topic" + i, json("{\"Type\": \"AWS::SNS::Topic\"}"));
            }
        })).singleElement().asString().contains("Resources", "at most 500");
        assertThat(problemsAfter("/Outputs", o -> {
            for (int i = 0; i < CloudFormationTemplateValidator.MAX_OUTPUTS + 1; i++) {
                o.set("Out" + i, json("{\"Value\": \"x\"}"));
            }
        })).singleElement().asString().contains("Outputs", "at most 200");
        assertThat(problemsAfter("/Parameters", p -> {
            for (int i = 0; i < CloudFormationTemplateValidator.MAX_PARAMETERS; i++) {
                p.set("P" + i, json("{\"Type\": \"String\"}"));
            }
        })).singleElement().asString().contains("Parameters", "at most 200");
        assertThat(problemsAfter("/Resources/Logs/Metadata", m -> m.put("Padding", "x".repeat(CloudFormationTemplateValidator.MAX_TEMPLATE_BYTES)),
                t -> ((ObjectNode) t.at("/Resources/Logs")).putObject("Metadata")))
                .singleElement().asString().contains("bytes", "at most 1000000");
    }

    // --- helpers -------------------------------------------------------------------------------

    private interface Edit {
        void apply(ObjectNode node);
    }

    private interface TemplateEdit {
        void apply(JsonNode template);
    }

    /** Validates the valid template after one edit of the object at {@code pointer}. */
    private static List<String> problemsAfter(String pointer, Edit edit) {
        return problemsAfter(pointer, edit, t -> { });
    }

    /** As above, with a preparing edit of the whole template that runs first. */
    private static List<String> problemsAfter(String pointer, Edit edit, TemplateEdit prepare) {
        JsonNode template = json(VALID);
        prepare.apply(template);
        edit.apply((ObjectNode) template.at(pointer));
        return CloudFormationTemplateValidator.validate(template);
    }

    static JsonNode json(String text) {
        try {
            return SchemaResources.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
