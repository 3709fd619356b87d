package dev.berth.synth.terraform;

import dev.berth.synth.plan.compute.ComputeResources;
import dev.berth.synth.plan.network.NetworkResources;
import dev.berth.synth.plan.Attr;
import dev.berth.synth.plan.Pseudo;
import dev.berth.synth.plan.ResourceId;
import dev.berth.synth.plan.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TfValuesTest {

    private final TfValues values = new TfValues();

    @Test
    void literalsAreEscapedTemplates() {
        assertThat(values.render(Value.literal("a ${b} %{c} $d {e}"))).isEqualTo("a $${b} %%{c} $d {e}");
        assertThat(values.dataSources()).isEmpty();
    }

    @Test
    void inputsAreSnakeCasedVariables() {
        assertThat(values.render(new Value.Input("api-image-tag"))).isEqualTo("${var.api_image_tag}");
    }

    @Test
    void pseudoValuesReadDataSources() {
        assertThat(values.render(Value.pseudo(Pseudo.URL_SUFFIX))).isEqualTo("${data.aws_partition.current.dns_suffix}");
        assertThat(values.render(Value.pseudo(Pseudo.REGION))).isEqualTo("${data.aws_region.current.region}");
        assertThat(values.dataSources()).containsExactly(DataSource.PARTITION, DataSource.REGION);
    }

    @Test
    void serviceArnIsItsId() {
        assertThat(values.render(ResourceId.of(ComputeResources.Service.class, "api").attr(Attr.ARN))).isEqualTo("${aws_ecs_service.api.id}");
        assertThat(values.render(ResourceId.of(NetworkResources.ElasticIp.class, "nat", "a").attr(Attr.ALLOCATION_ID)))
                .isEqualTo("${aws_eip.nat_a.allocation_id}");
    }

    @Test
    void aReferenceToAnAttributeTheKindLacksIsAPlannerBug() {
        Value ref = ResourceId.of(NetworkResources.Route.class, "public").attr(Attr.ARN);
        assertThatThrownBy(() -> values.render(ref)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("aws_route").hasMessageContaining("ARN");
    }

    @Test
    void aDollarBeforeAnInterpolationStaysADollar() {
        Value price = Value.concat("costs $", new Value.Input("price"));
        assertThat(values.render(price)).isEqualTo("costs ${\"$\"}${var.price}");
    }
}
