package dev.berth.cdk;

import dev.berth.Application;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * A stack that holds one Berth program ({@link BerthConstruct}) and takes its template description. Environment
 * agnostic unless {@code props} give an environment: Berth looks nothing up, so synthesis needs no AWS account.
 */
public class BerthStack extends Stack {

    private final BerthConstruct berth;

    public BerthStack(Construct scope, String id, Application program) {
        this(scope, id, null, program);
    }

    public BerthStack(Construct scope, String id, StackProps props, Application program) {
        super(scope, id, props);
        this.berth = new BerthConstruct(this, "Berth", program);
        getTemplateOptions().setTemplateFormatVersion("2010-09-09");
        if (props == null || props.getDescription() == null) {
            getTemplateOptions().setDescription(berth.synthesis().cloudFormation().orElseThrow().path("Description").asText());
        }
    }

    /** The program's resources, parameters and outputs, and its values as tokens. */
    public BerthConstruct berth() {
        return berth;
    }
}
