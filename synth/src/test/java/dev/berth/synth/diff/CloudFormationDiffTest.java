package dev.berth.synth.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Replacement and change decisions on small hand-made templates. */
class CloudFormationDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CloudFormationDiff diff = new CloudFormationDiff(CloudFormationReplacements.bundled());

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private List<String> lines(String before, String after) {
        return lines(Map.of("Shop.template.json", json(before)), Map.of("Shop.template.json", json(after)));
    }

    private List<String> lines(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        return diff.compare(before, after).stream().flatMap(s -> s.changes().stream()).map(Change::line).toList();
    }

    private static String endpoint(String preference, String ipType) {
        return "{'Resources': {'S3Endpoint': {'Type': 'AWS::EC2::VPCEndpoint', 'Properties': {'VpcId': 'vpc-1',"
                + " 'ServiceName': 'com.amazonaws.eu-west-1.s3', 'DnsOptions': {'PrivateDnsPreference': '"
                + preference + "', 'DnsRecordIpType': '" + ipType + "'}}}}}";
    }

    @Test
    void aNestedCreateOnlyPropertyReplacesASiblingDoesNot() {
        assertThat(lines(endpoint("ALL_DOMAINS", "ipv4"), endpoint("VERIFIED_DOMAINS_ONLY", "ipv4"))).containsExactly(
                "! S3Endpoint (AWS::EC2::VPCEndpoint) will be replaced: DnsOptions.PrivateDnsPreference changed");
        assertThat(lines(endpoint("ALL_DOMAINS", "ipv4"), endpoint("ALL_DOMAINS", "dualstack"))).containsExactly(
                "~ S3Endpoint (AWS::EC2::VPCEndpoint) changed (properties: DnsOptions)");
    }

    @Test
    void aChangedTypeIsAReplacement() {
        assertThat(lines("{'Resources': {'Jobs': {'Type': 'AWS::SQS::Queue'}}}",
                "{'Resources': {'Jobs': {'Type': 'AWS::SNS::Topic'}}}"))
                .containsExactly("! Jobs (AWS::SNS::Topic) will be replaced: type changed from AWS::SQS::Queue");
    }

    @Test
    void keyOrderWhitespaceAndDependsOnOrderPlayNoPart() {
        String before = "{'Resources': {'Logs': {'Type': 'AWS::Logs::LogGroup', 'DependsOn': ['A', 'B'],"
                + " 'Properties': {'LogGroupName': 'x', 'RetentionInDays': 30}}}}";
        String after = "{ 'Resources' : { 'Logs' : { 'Properties' : { 'RetentionInDays' : 30.0, 'LogGroupName' : 'x' },"
                + " 'DependsOn' : ['B', 'A'], 'Type' : 'AWS::Logs::LogGroup' } } }";
        assertThat(lines(before, after)).isEmpty();
        assertThat(lines(before, after.replace("['B', 'A']", "['B']")))
                .containsExactly("~ Logs (AWS::Logs::LogGroup) changed (DependsOn)");
    }

    @Test
    void aParameterWhoseDefaultChangedReachesTheValuesThatUseIt() {
        String template = "{'Parameters': {'ApiImageTag': {'Type': 'String', 'Default': '%s'}},"
                + " 'Resources': {'ApiTaskDefinition': {'Type': 'AWS::ECS::TaskDefinition', 'Properties': {"
                + " 'Family': 'shop-api', 'ContainerDefinitions': [{'Name': 'app',"
                + " 'Image': {'Fn::Sub': 'registry/api:${ApiImageTag}'}}]}}}}";
        assertThat(lines(template.formatted("1.0"), template.formatted("1.1"))).containsExactly(
                "~ ApiTaskDefinition (AWS::ECS::TaskDefinition) gets a new revision: ContainerDefinitions refers to"
                        + " parameter ApiImageTag, whose default changed",
                "~ parameter ApiImageTag changed (Default)");
    }

    @Test
    void aReferenceToAReplacedResourceChangesTheReferringPropertyAndReplacesOnlyThroughACreateOnlyOne() {
        String template = "{'Resources': {"
                + "'MainCluster': {'Type': 'AWS::ECS::Cluster', 'Properties': {'ClusterName': '%s'}},"
                + "'ApiService': {'Type': 'AWS::ECS::Service', 'Properties': {'Cluster': {'Ref': 'MainCluster'}}},"
                + "'ApiTarget': {'Type': 'AWS::ApplicationAutoScaling::ScalableTarget', 'Properties': {"
                + " 'MaxCapacity': 2, 'RoleARN': {'Fn::GetAtt': 'MainCluster.Arn'}}}}}";
        assertThat(lines(template.formatted("shop"), template.formatted("shop-2"))).containsExactly(
                "! ApiService (AWS::ECS::Service) will be replaced: Cluster refers to MainCluster, which will be"
                        + " replaced",
                "! MainCluster (AWS::ECS::Cluster) will be replaced: ClusterName changed",
                "~ ApiTarget (AWS::ApplicationAutoScaling::ScalableTarget) changed (properties: RoleARN (refers to"
                        + " MainCluster, which will be replaced))");
    }

    @Test
    void aResourceMovedToAnotherStackIsDeletedThereAndCreatedAnew() {
        JsonNode queue = json("{'Resources': {'Jobs': {'Type': 'AWS::SQS::Queue'}}}");
        JsonNode empty = json("{'Resources': {}}");
        Map<String, JsonNode> before = new TreeMap<>(Map.of("Shop.template.json", queue, "ShopApi.template.json", empty));
        Map<String, JsonNode> after = new TreeMap<>(Map.of("Shop.template.json", empty, "ShopApi.template.json", queue));

        List<Section> sections = diff.compare(before, after);

        assertThat(sections).extracting(Section::title).containsExactly(
                "CloudFormation stack Shop (cloudformation/Shop.template.json)",
                "CloudFormation stack ShopApi (cloudformation/ShopApi.template.json)");
        assertThat(lines(before, after)).containsExactly(
                "- Jobs (AWS::SQS::Queue) (moved to stack ShopApi: deleted here, created anew there)",
                "+ Jobs (AWS::SQS::Queue) (moved from stack Shop)");
    }

    @Test
    void aNewStackIsAllAdditions() {
        assertThat(diff.compare(Map.of(), Map.of("Shop.template.json",
                json("{'Parameters': {'P': {'Type': 'String'}}, 'Resources': {'Jobs': {'Type': 'AWS::SQS::Queue'}}}"))))
                .singleElement().satisfies(s -> {
                    assertThat(s.title()).isEqualTo("CloudFormation stack Shop (cloudformation/Shop.template.json), new");
                    assertThat(s.changes()).extracting(Change::line).containsExactly("+ Jobs (AWS::SQS::Queue)");
                });
    }
}
